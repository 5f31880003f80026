package io.gattscope.gatt.ad;

/**
 * The URI AD structure (type 0x24), with its scheme code expanded.
 *
 * @param uri the full URI, e.g. {@code "https://example.com"}
 */
public record Uri(String uri) implements AdStructure {
  @Override
  public int type() {
    return AdType.URI;
  }

  @Override
  public String summary() {
    return "URI: " + uri;
  }
}
