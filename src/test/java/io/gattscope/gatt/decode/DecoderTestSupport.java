package io.gattscope.gatt.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import java.util.List;

/** Helpers for decoder golden-vector tests. */
final class DecoderTestSupport {
  private DecoderTestSupport() {}

  static Decoded decode(int uuid16, String hex) {
    return Decoders.forUuid(Uuids.fromShort(uuid16))
        .orElseThrow(() -> new AssertionError("no decoder for " + Integer.toHexString(uuid16)))
        .decode(Hex.parse(hex));
  }

  /** Asserts the fields as "name: value unit" strings, in order. */
  static void assertFields(Decoded d, String... expected) {
    assertThat(d.fields().stream().map(Field::toString).toList()).containsExactly(expected);
  }

  static void assertChannels(Decoded d, Channel... expected) {
    assertThat(d.channels()).containsExactly(expected);
  }

  static List<String> errors(Decoded d) {
    return d.fields().stream().filter(Field::error).map(Field::toString).toList();
  }
}
