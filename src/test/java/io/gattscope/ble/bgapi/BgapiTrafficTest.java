package io.gattscope.ble.bgapi;

import static io.gattscope.testsupport.TrafficCapture.event;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.TrafficCapture;
import org.junit.jupiter.api.Test;

/** The BGAPI frames a read causes appear on the traffic logger, tagged with the device. */
class BgapiTrafficTest {
  private static final String LOGGER = "io.gattscope.traffic.bgapi";
  private static final String DEVICE = HeartRateMonitor.ADDRESS.toString();

  @Test
  void aReadLogsTheCommandAndTheValueEventWithTheDevice() {
    try (TrafficCapture capture = new TrafficCapture(Level.DEBUG);
        SimFixture f = new SimFixture()) {
      BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
      byte[] name = hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME));

      assertThat(capture.events())
          .filteredOn(event(LOGGER, "→ attclient_read_by_handle ", DEVICE))
          .extracting(e -> e.getFormattedMessage())
          .anySatisfy(m -> assertThat(m).contains("chrhandle=0x0003 [00 03 04 04 "));
      assertThat(capture.events())
          .filteredOn(event(LOGGER, "← attclient_attribute_value ", DEVICE))
          .extracting(e -> e.getFormattedMessage())
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains("atthandle=0x0003 type=")
                      .contains("value=" + FrameText.hex(name, 0, name.length) + " ["));
      assertThat(capture.events())
          .filteredOn(e -> e.getFormattedMessage().startsWith("→ system_"))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).doesNotContainKey("device"));
    }
  }

  @Test
  void atInfoNothingIsLogged() {
    try (TrafficCapture capture = new TrafficCapture(Level.INFO);
        SimFixture f = new SimFixture()) {
      BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
      assertThat(hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME))).isNotEmpty();
      assertThat(capture.events()).isEmpty();
    }
  }
}
