package io.gattscope.ble.bluez;

import static io.gattscope.testsupport.TrafficCapture.event;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.testsupport.TrafficCapture;
import org.junit.jupiter.api.Test;

/** The D-Bus calls a read makes on the fake BlueZ appear on the traffic logger with the device. */
class BluezTrafficTest {
  private static final String LOGGER = "io.gattscope.traffic.bluez";

  @Test
  void aReadLogsTheCallAndItsReplyWithTheDevice() throws Exception {
    try (TrafficCapture capture = new TrafficCapture(Level.DEBUG);
        FakeBluezFixture f = new FakeBluezFixture()) {
      f.control.value(new byte[] {0x3C, 0x00});
      BleDevice d = f.connect();
      assertThat(d.read(CharacteristicRef.handle(0x0011))).containsExactly(0x3C, 0x00);

      String read = "→ org.bluez.GattCharacteristic1.ReadValue(";
      assertThat(capture.events())
          .filteredOn(event(LOGGER, read, FakeBluezFixture.MAC))
          .extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(m -> assertThat(m).endsWith("/dev_AA_BB_CC_DD_EE_01/service000c/char0010"));
      assertThat(capture.events())
          .filteredOn(
              event(LOGGER, "← org.bluez.GattCharacteristic1.ReadValue", FakeBluezFixture.MAC))
          .extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(m -> assertThat(m).contains(" reply [3C 00] "));
      assertThat(capture.events())
          .filteredOn(
              e ->
                  e.getFormattedMessage()
                      .startsWith("→ org.freedesktop.DBus.ObjectManager.GetManagedObjects"))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).doesNotContainKey("device"));
    }
  }

  @Test
  void thePairingAgentsPasskeyRequestIsLoggedWithTheDevice() throws Exception {
    try (TrafficCapture capture = new TrafficCapture(Level.DEBUG);
        FakeBluezFixture f = new FakeBluezFixture()) {
      f.device.expectPasskey(123456);
      BleDevice d = f.connect();
      d.bond(peer -> 123456);
      assertThat(d.bonded()).isTrue();
      assertThat(capture.events())
          .filteredOn(event(LOGGER, "← org.bluez.Agent1.RequestPasskey() ", FakeBluezFixture.MAC))
          .hasSize(1);
      assertThat(capture.events())
          .filteredOn(event(LOGGER, "→ org.bluez.Device1.Pair() ", FakeBluezFixture.MAC))
          .hasSize(1);
    }
  }

  @Test
  void atInfoNothingIsLogged() throws Exception {
    try (TrafficCapture capture = new TrafficCapture(Level.INFO);
        FakeBluezFixture f = new FakeBluezFixture()) {
      f.control.value(new byte[] {1});
      assertThat(f.connect().read(CharacteristicRef.handle(0x0011))).containsExactly(1);
      assertThat(capture.events()).isEmpty();
    }
  }
}
