package io.gattscope.ble.bgapi;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.sim.CounterSensor;
import io.gattscope.testsupport.Waits;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The counter sensor's sequence numbers as they arrive, for tests that stream it across links. */
final class CounterValues {
  /** The counter characteristic. */
  static final CharacteristicRef COUNT = CharacteristicRef.uuid(CounterSensor.COUNT);

  private final List<Long> values = new CopyOnWriteArrayList<>();

  /** Subscribes to the counter on {@code d}, collecting its sequence numbers. */
  Subscription stream(BleDevice d) {
    return d.subscribe(COUNT, (h, v, t) -> values.add(CounterSensor.sequence(v)));
  }

  /** Waits until {@code more} further values have arrived. */
  void awaitMore(int more) {
    int target = values.size() + more;
    Waits.waitFor(() -> values.size() >= target);
  }

  /** The values so far, in arrival order (a live view). */
  List<Long> values() {
    return values;
  }
}
