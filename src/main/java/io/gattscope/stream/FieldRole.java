package io.gattscope.stream;

/**
 * What a layout field is for: a measured value, or the device's own time base. Written after the
 * unit in a layout spec: {@code seq:u16 @seq}, {@code ts:u32*0.001 s @time}.
 */
public enum FieldRole {
  /** A measured value (the default). */
  VALUE(""),
  /**
   * A sample counter the device increments by one per sample (wrapping at the type's range): the
   * chart's time base; a jump counts the samples in between as device drops.
   */
  SEQUENCE("@seq"),
  /**
   * The device's timestamp of the sample, after scale and offset in the field's unit (s, ms, us or
   * µs; wrapping at the raw type's range): the chart's time base.
   */
  TIMESTAMP("@time");

  private final String marker;

  FieldRole(String marker) {
    this.marker = marker;
  }

  /**
   * The spec marker ("@seq", "@time"; "" for a value).
   *
   * @return the marker as written in a layout spec
   */
  public String marker() {
    return marker;
  }
}
