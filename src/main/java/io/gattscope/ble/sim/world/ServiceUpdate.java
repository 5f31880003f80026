package io.gattscope.ble.sim.world;

import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A simulated firmware update that changes a peripheral's GATT table: a vendor "update" service is
 * inserted before its second service, so every later attribute moves to a higher handle.
 */
public final class ServiceUpdate {
  /** The inserted service. */
  public static final UUID SERVICE = UUID.fromString("a5f1ff00-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** Its one readable characteristic, holding the update's number ("update 1", ...). */
  public static final UUID VERSION = UUID.fromString("a5f1ff01-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  private ServiceUpdate() {}

  /**
   * The changed peripheral and the handle range that changed.
   *
   * @param peripheral the peripheral with its new table (same address, advertising and streams,
   *     streams at their moved handles)
   * @param start first handle that changed
   * @param end last handle that changed (the new table's last handle)
   */
  public record Result(SimPeripheral peripheral, int start, int end) {}

  /**
   * Inserts update service number {@code n} before the second service (or at the end of a table
   * with one service).
   *
   * @param p the peripheral as it is now
   * @param n the update's number, shown in its version characteristic ("update n")
   * @return the peripheral with the new table and the handle range that changed
   * @throws IllegalArgumentException for a beacon without a GATT table
   */
  public static Result apply(SimPeripheral p, int n) {
    AttributeDatabase db = p.database();
    if (db == null) {
      throw new IllegalArgumentException(p.name() + " has no GATT table to change");
    }
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    b.service(SERVICE);
    b.characteristic(VERSION, CharProps.READ, ("update " + n).getBytes(StandardCharsets.US_ASCII));
    AttributeDatabase extra = b.build();
    int at = db.services().size() > 1 ? db.services().get(1).start() : db.lastHandle() + 1;
    int shift = extra.lastHandle();
    AttributeDatabase moved = db.withInserted(at, extra);
    List<ValueStream> streams =
        p.streams().stream()
            .map(s -> s.valueHandle() >= at ? (ValueStream) new MovedStream(s, shift) : s)
            .toList();
    SimPeripheral changed =
        new SimPeripheral(p.name(), p.advertiser(), moved, streams, p.passkey());
    return new Result(changed, at, moved.lastHandle());
  }

  /** A stream whose characteristic moved up by {@code shift} handles. */
  private record MovedStream(ValueStream inner, int shift) implements ValueStream {
    @Override
    public int valueHandle() {
      return inner.valueHandle() + shift;
    }

    @Override
    public boolean indicate() {
      return inner.indicate();
    }

    @Override
    public double rateHz() {
      return inner.rateHz();
    }

    @Override
    public byte[] next() {
      return inner.next();
    }
  }
}
