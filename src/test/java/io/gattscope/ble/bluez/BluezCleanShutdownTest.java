package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the BlueZ backend turns notifications off (StopNotify, after which bluetoothd writes 00
 * 00 to the CCCD), disconnects and stops discovery before it lets go of the bus.
 */
class BluezCleanShutdownTest {

  @Test
  void closeStopsNotifyThenDisconnectsAndStopsDiscovery() throws Exception {
    try (FakeBluezFixture f = new FakeBluezFixture()) {
      BleDevice d = f.connect();
      GattCharacteristic hr = d.discover().characteristics().get(0);
      Subscription sub =
          d.subscribeAsync(hr, SubscriptionType.NOTIFY, (h, v, t) -> {}).get(5, TimeUnit.SECONDS);
      var scan = f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(30)), a -> {});

      f.backend.close();

      List<String> journal = f.bluez.journal();
      int stop = journal.indexOf("StopNotify " + f.measurement.path());
      int disconnect = journal.indexOf("Disconnect " + f.device.path());
      assertThat(stop).as("StopNotify in %s", journal).isNotNegative();
      assertThat(disconnect).as("Disconnect after StopNotify in %s", journal).isGreaterThan(stop);
      assertThat(f.measurement.calls()).endsWith("StopNotify");
      assertThat(f.adapter.calls()).endsWith("StopDiscovery");
      assertThat(sub.isActive()).isFalse();
      assertThat(f.backend.isRunning()).isFalse();
      scan.close();
    }
  }

  @Test
  void aCharacteristicWhoseStopNotifyNeverReturnsStillEndsDisconnected() throws Exception {
    try (FakeBluezFixture f = new FakeBluezFixture()) {
      BleDevice d = f.connect();
      GattCharacteristic hr = d.discover().characteristics().get(0);
      d.subscribeAsync(hr, SubscriptionType.NOTIFY, (h, v, t) -> {}).get(5, TimeUnit.SECONDS);
      f.measurement.hangStopNotify();

      f.backend.close();

      assertThat(f.bluez.journal()).contains("Disconnect " + f.device.path());
    }
  }
}
