package io.gattscope.stream;

/**
 * A run of payload bytes that the layout skips.
 *
 * @param bytes number of bytes skipped, at least 1
 */
public record Padding(int bytes) implements LayoutItem {

  /**
   * Checks the byte count.
   *
   * @param bytes number of bytes skipped, at least 1
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public Padding {
    if (bytes < 1) {
      throw new IllegalArgumentException("padding must skip at least 1 byte, got " + bytes);
    }
  }

  @Override
  public int size() {
    return bytes;
  }
}
