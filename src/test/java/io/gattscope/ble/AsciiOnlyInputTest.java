package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Addresses and UUIDs accept ASCII hex digits only, not the digits of other scripts. */
class AsciiOnlyInputTest {

  @Test
  void anAddressWithArabicIndicDigitsIsRefused() {
    assertThatThrownBy(() -> BleAddress.parse("\u0660\u0660:07:80:5E:01:03"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUuidWithFullWidthDigitsIsRefused() {
    assertThatThrownBy(() -> Uuids.parse("\uFF12a00")).isInstanceOf(IllegalArgumentException.class);
  }
}
