package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A served recording comes back in its order, each value after its recorded gap (±10 %). */
class RecordedReplayTest {
  /** Four values: 150 ms, 300 ms, 150 ms apart, and 300 ms from the last back to the first. */
  static final String RECORDED =
      """
      {"schemaVersion": 1, "address": "00:07:80:5E:09:02", "addressType": "public",
       "name": "Recorded",
       "advertising": {"packetType": "connectable", "intervalMillis": 50, "rssi": -50,
                       "data": "020106"},
       "services": [{"uuid": "180d", "handle": 1, "endHandle": 4, "characteristics": [
         {"uuid": "2a37", "declarationHandle": 2, "valueHandle": 3, "properties": ["notify"],
          "descriptors": [{"uuid": "2902", "handle": 4}],
          "recording": {"indicate": false, "durationMillis": 900, "samples": [
            {"atMillis": 0, "value": "01"}, {"atMillis": 150, "value": "02"},
            {"atMillis": 450, "value": "03"}, {"atMillis": 600, "value": "04"}]}}]}]}
      """;

  @Test
  void notificationsReplayInOrderWithTheirGaps() throws Exception {
    SimPeripheral p = SnapshotPeripheral.create(SnapshotReader.parse(RECORDED));
    SimulatedAdapter a =
        SimulatedAdapter.start(
            SimulatorConfig.defaults().withDevices(List.of(p)), BgapiOptions.defaults());
    int wanted = 17;
    List<long[]> got = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(wanted);
    try (BleDevice d = a.backend().connect(SnapshotRoundTripTest.scan(a.backend(), p))) {
      GattCharacteristic c = d.discover().characteristics().get(0);
      try (Subscription s =
          d.subscribe(
              CharacteristicRef.handle(c.valueHandle()),
              SubscriptionType.NOTIFY,
              (h, v, t) -> {
                synchronized (got) {
                  got.add(new long[] {v[0], t});
                }
                done.countDown();
              })) {
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
    List<Long> after150 = new ArrayList<>();
    List<Long> after300 = new ArrayList<>();
    synchronized (got) {
      for (int i = 1; i < wanted; i++) {
        long prev = got.get(i - 1)[0];
        long value = got.get(i)[0];
        assertThat(value).as("value %d follows %d", value, prev).isEqualTo(prev % 4 + 1);
        long gap = got.get(i)[1] - got.get(i - 1)[1];
        (value == 2 || value == 4 ? after150 : after300).add(gap);
      }
    }
    assertThat(median(after150) / 1e6).isCloseTo(150, within(15.0));
    assertThat(median(after300) / 1e6).isCloseTo(300, within(30.0));
  }

  private static double median(List<Long> gaps) {
    long[] a = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2.0;
  }
}
