package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GattTreeTest {
  @Test
  void handlesAreTheHexSuffixOfTheLastPathElement() {
    assertThat(GattTree.handleOf("/org/bluez/hci0/dev_AA/service000c")).isEqualTo(0x000c);
    assertThat(GattTree.handleOf("/org/bluez/hci0/dev_AA/service000c/char002a")).isEqualTo(0x002a);
    assertThat(GattTree.handleOf("/org/bluez/hci0/dev_AA/service000c/char000d/descffff"))
        .isEqualTo(0xffff);
    assertThatThrownBy(() -> GattTree.handleOf("/org/bluez/hci0/dev_AA/service"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service");
  }

  @Test
  void flagsBecomeThePropertiesByte() {
    assertThat(GattTree.propertyBits(List.of("read", "notify"))).isEqualTo(0x12);
    assertThat(
            GattTree.propertyBits(
                List.of(
                    "broadcast",
                    "read",
                    "write-without-response",
                    "write",
                    "notify",
                    "indicate",
                    "authenticated-signed-writes",
                    "reliable-write")))
        .isEqualTo(0xFF);
    assertThat(GattTree.propertyBits(List.of("encrypt-read", "secure-write"))).isZero();
  }
}
