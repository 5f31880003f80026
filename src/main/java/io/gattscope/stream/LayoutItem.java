package io.gattscope.stream;

/** One element of a {@link PayloadLayout}: a numeric field or a run of ignored bytes. */
public sealed interface LayoutItem permits LayoutField, Padding {

  /**
   * Bytes this item occupies in the payload.
   *
   * @return the size in bytes, at least 1
   */
  int size();
}
