package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.BuiltInSignals;
import io.gattscope.ble.sim.world.BuiltInSnapshots;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in devices described as snapshots: each description loads, equals a capture of the code
 * device (tree and static values), and served it captures the same again.
 */
class BuiltInSnapshotsTest {

  @ParameterizedTest
  @ValueSource(strings = {"hrm", "thermo", "imu", "twin", "secure"})
  void theDescriptionEqualsACaptureOfTheCodeDevice(String name) throws Exception {
    Snapshot described = BuiltInSnapshots.read(name);
    SimulatorConfig config = SimulatorConfig.defaults();
    SimPeripheral code = config.world().byName(name).orElseThrow();
    assertThat(described.address()).isEqualTo(code.address());
    assertThat(described.advertising().intervalMillis())
        .isEqualTo(code.advertiser().intervalMillis());
    assertThat(described.advertising().rssi()).isEqualTo(code.advertiser().meanRssi());

    Snapshot captured = SnapshotRoundTripTest.captureFrom(config, code);
    assertThat(comparable(captured, described)).isEqualTo(comparable(described, described));

    SimPeripheral served = SnapshotPeripheral.create(described);
    assertThat(served.streams()).hasSameSizeAs(code.streams());
    Snapshot again =
        SnapshotRoundTripTest.captureFrom(
            SimulatorConfig.defaults().withDevices(List.of(served)), served);
    assertThat(comparable(again, described)).isEqualTo(comparable(described, described));
  }

  @Test
  void aServedDescriptionPushesTheReferencedSignal() throws Exception {
    SimPeripheral served = SnapshotPeripheral.create(BuiltInSnapshots.read("hrm"));
    SimulatedAdapter a =
        SimulatedAdapter.start(
            SimulatorConfig.defaults().withDevices(List.of(served)), BgapiOptions.defaults());
    List<byte[]> got = new ArrayList<>();
    CountDownLatch two = new CountDownLatch(2);
    try (BleDevice d = a.backend().connect(SnapshotRoundTripTest.scan(a.backend(), served));
        Subscription s =
            d.subscribe(
                CharacteristicRef.handle(HeartRateMonitor.HEART_RATE_MEASUREMENT),
                SubscriptionType.NOTIFY,
                (h, v, t) -> {
                  synchronized (got) {
                    got.add(v);
                  }
                  two.countDown();
                })) {
      assertThat(two.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
    synchronized (got) {
      for (byte[] v : got) {
        assertThat(v[0] & 0xFE).as("heart rate flags").isEqualTo(0x16);
        assertThat(v[1] & 0xFF).as("bpm").isBetween(60, 180);
      }
    }
  }

  @Test
  void unknownNamesAreRefused() {
    assertThatThrownBy(() -> BuiltInSnapshots.read("toaster"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no built-in device 'toaster' is described; known: hrm, thermo, imu, twin, secure");
    assertThat(BuiltInSignals.names()).contains("hrm/2a37", "hrm/2a19", "thermo/2a1c").hasSize(8);
  }

  @Test
  void aGeneratorNoDeviceHasIsRefusedWithItsPath() throws Exception {
    String json =
        SnapshotWriter.toJson(BuiltInSnapshots.read("hrm")).replace("hrm/2a19", "hrm/2a99");
    Snapshot s = SnapshotReader.parse(json);
    assertThatThrownBy(() -> SnapshotPeripheral.create(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "$.services[2].characteristics[0].generator: no built-in device generates 'hrm/2a99';"
                + " known: hrm/2a19, hrm/2a37,");
  }

  /**
   * The description's view of a snapshot: its interval and RSSI (a scan sees neither), no
   * connection parameters, no generator references, and no value for a generated characteristic.
   */
  private static String comparable(Snapshot s, Snapshot description) {
    List<String> generated = new ArrayList<>();
    description.services().stream()
        .flatMap(x -> x.characteristics().stream())
        .filter(c -> c.generator() != null)
        .forEach(c -> generated.add(Integer.toString(c.valueHandle())));
    List<SnapshotService> services = new ArrayList<>();
    for (SnapshotService svc : s.services()) {
      List<SnapshotCharacteristic> chars = new ArrayList<>();
      for (SnapshotCharacteristic c : svc.characteristics()) {
        boolean gen = generated.contains(Integer.toString(c.valueHandle()));
        chars.add(
            new SnapshotCharacteristic(
                c.uuid(),
                c.declarationHandle(),
                c.properties(),
                gen ? CapturedValue.NONE : c.value(),
                c.descriptors(),
                c.recording()));
      }
      services.add(new SnapshotService(svc.uuid(), svc.handle(), svc.endHandle(), chars));
    }
    SnapshotAdvertising a = s.advertising();
    SnapshotAdvertising d = description.advertising();
    return SnapshotWriter.toJson(
        new Snapshot(
            s.address(),
            s.addressType(),
            s.name(),
            new SnapshotAdvertising(
                a.packetType(), d.intervalMillis(), d.rssi(), a.data(), a.scanResponse()),
            null,
            services));
  }
}
