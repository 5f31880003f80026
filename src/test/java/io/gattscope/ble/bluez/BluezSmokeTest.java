package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import org.junit.jupiter.api.Test;

class BluezSmokeTest {
  @Test
  void connects() throws Exception {
    try (FakeBluezFixture f = new FakeBluezFixture()) {
      assertThat(f.backend.adapterInfo().address().toString()).isEqualTo("00:11:22:33:44:55");
      BleDevice d = f.connect();
      assertThat(d.discover().characteristics()).hasSize(2);
      assertThat(d.readHandleAsync(0x000e).get()).isEmpty();
    }
  }
}
