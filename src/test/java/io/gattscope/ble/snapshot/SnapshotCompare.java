package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparisons of snapshots that the snapshot tests share. */
public final class SnapshotCompare {
  private SnapshotCompare() {}

  /**
   * Asserts that two captures of the same device are the same file but for the RSSI, which the
   * simulated radio walks on every run.
   */
  static void assertSameCapture(Snapshot actual, Snapshot expected, String what) {
    assertThat(SnapshotWriter.toJson(withRssi(actual, expected.advertising().rssi())))
        .as(what)
        .isEqualTo(SnapshotWriter.toJson(expected));
  }

  /** The characteristic with this value handle; fails when the snapshot has none. */
  public static SnapshotCharacteristic characteristic(Snapshot s, int valueHandle) {
    return s.services().stream()
        .flatMap(x -> x.characteristics().stream())
        .filter(c -> c.valueHandle() == valueHandle)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no characteristic at value handle " + valueHandle));
  }

  private static Snapshot withRssi(Snapshot s, int rssi) {
    SnapshotAdvertising a = s.advertising();
    return new Snapshot(
        s.address(),
        s.addressType(),
        s.name(),
        new SnapshotAdvertising(
            a.packetType(), a.intervalMillis(), rssi, a.data(), a.scanResponse()),
        s.connection(),
        s.services());
  }
}
