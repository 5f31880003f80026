package io.gattscope.ble.sim.world;

import io.gattscope.ble.snapshot.Snapshot;
import io.gattscope.ble.snapshot.SnapshotFormatException;
import io.gattscope.ble.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in simulated devices described as snapshots: their advertising, GATT table and static
 * values, with their generated values referenced by {@code generator}, and the beacons' advertising
 * alone (resources {@code io/gattscope/ble/sim/world/devices/NAME.json}).
 */
public final class BuiltInSnapshots {
  /**
   * The devices described, by their short names: the connectable ones, then the beacons of the
   * standard world's {@link BeaconCrowd} ({@code ibeacon-1} ... {@code samsung-2}).
   */
  public static final List<String> NAMES = names();

  private BuiltInSnapshots() {}

  private static List<String> names() {
    List<String> out = new ArrayList<>(List.of("hrm", "thermo", "imu", "twin", "secure", "uart"));
    for (SimPeripheral beacon : BeaconCrowd.create(0)) {
      out.add(beacon.name());
    }
    return List.copyOf(out);
  }

  /**
   * Reads the description of a built-in device.
   *
   * @param name a short name from {@link #NAMES}
   * @return the snapshot its resource holds
   * @throws IllegalArgumentException when no built-in device of that name is described
   * @throws SnapshotFormatException when the resource is not a valid snapshot
   */
  public static Snapshot read(String name) throws SnapshotFormatException {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no built-in device '" + name + "' is described; known: " + String.join(", ", NAMES));
    }
    try (InputStream in = BuiltInSnapshots.class.getResourceAsStream("devices/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the description of " + name + " is missing from the jar");
      }
      return SnapshotReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
