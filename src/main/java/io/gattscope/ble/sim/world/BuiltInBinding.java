package io.gattscope.ble.sim.world;

import io.gattscope.ble.sim.gatt.Attribute;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.snapshot.Snapshot;
import io.gattscope.ble.snapshot.SnapshotCharacteristic;
import io.gattscope.ble.snapshot.SnapshotService;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The built-in devices one served snapshot's generators name, one running instance each: their
 * signals feed the served characteristics, and the values written to a served characteristic reach
 * the instance's characteristic it stands for, so writes have the built-in's effect and limits.
 */
final class BuiltInBinding {
  private final Map<String, SimPeripheral> devices = new TreeMap<>();

  /** Starts one instance of every built-in device the snapshot's generators name. */
  static BuiltInBinding of(Snapshot s) {
    BuiltInBinding b = new BuiltInBinding();
    for (SnapshotService svc : s.services()) {
      for (SnapshotCharacteristic c : svc.characteristics()) {
        if (c.generator() != null) {
          b.device(c.generator());
        }
      }
    }
    return b;
  }

  /** The running instance of the device a signal name starts with, started on first use. */
  private Optional<SimPeripheral> device(String signal) {
    int slash = signal.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String name = signal.substring(0, slash);
    SimPeripheral running = devices.get(name);
    if (running == null) {
      Optional<SimPeripheral> started = BuiltInSignals.device(name);
      started.ifPresent(p -> devices.put(name, p));
      return started;
    }
    return Optional.of(running);
  }

  /**
   * The characteristic value of a bound device that a served characteristic stands for: the same
   * UUID and properties, the one at the same value handle first.
   */
  Optional<Attribute> counterpart(SnapshotCharacteristic c) {
    for (SimPeripheral p : devices.values()) {
      AttributeDatabase db = p.database();
      List<Integer> handles =
          db.valueHandlesOf(c.uuid()).stream()
              .filter(h -> db.propertiesOf(h) == c.properties())
              .sorted(Comparator.comparing((Integer h) -> h != c.valueHandle()))
              .toList();
      if (!handles.isEmpty()) {
        return db.get(handles.get(0));
      }
    }
    return Optional.empty();
  }

  /** A stream feeding {@code target} from the named signal of its bound device, or empty. */
  Optional<ValueStream> stream(String name, Attribute target) {
    return device(name)
        .flatMap(p -> BuiltInSignals.signal(p, name.substring(name.indexOf('/') + 1)))
        .map(s -> new Fed(s, target));
  }

  /** A device's stream whose values also become the served characteristic's value. */
  private static final class Fed implements ValueStream {
    private final ValueStream source;
    private final Attribute target;

    Fed(ValueStream source, Attribute target) {
      this.source = source;
      this.target = target;
    }

    @Override
    public int valueHandle() {
      return target.handle();
    }

    @Override
    public boolean indicate() {
      return source.indicate();
    }

    @Override
    public double rateHz() {
      return source.rateHz();
    }

    @Override
    public int ready() {
      return source.ready();
    }

    @Override
    public synchronized byte[] next() {
      byte[] v = source.next();
      target.updateValue(v);
      return v;
    }
  }
}
