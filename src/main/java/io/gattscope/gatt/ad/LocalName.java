package io.gattscope.gatt.ad;

/**
 * The device's local name (types 0x08 shortened, 0x09 complete), decoded as UTF-8.
 *
 * @param name the name; invalid UTF-8 bytes show as U+FFFD
 * @param complete true for the complete name
 */
public record LocalName(String name, boolean complete) implements AdStructure {
  @Override
  public int type() {
    return complete ? AdType.COMPLETE_LOCAL_NAME : AdType.SHORT_LOCAL_NAME;
  }

  @Override
  public String summary() {
    return (complete ? "Complete local name: " : "Shortened local name: ") + name;
  }
}
