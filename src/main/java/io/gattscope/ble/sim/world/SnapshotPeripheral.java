package io.gattscope.ble.sim.world;

import io.gattscope.ble.AttError;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.sim.gatt.AttPermissions;
import io.gattscope.ble.sim.gatt.Attribute;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.snapshot.CapturedValue;
import io.gattscope.ble.snapshot.Snapshot;
import io.gattscope.ble.snapshot.SnapshotCharacteristic;
import io.gattscope.ble.snapshot.SnapshotDescriptor;
import io.gattscope.ble.snapshot.SnapshotFormatException;
import io.gattscope.ble.snapshot.SnapshotReader;
import io.gattscope.ble.snapshot.SnapshotService;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A simulated peripheral served from a {@link Snapshot}: its advertising, its GATT table at the
 * captured handles, the captured values or ATT errors, its recordings replayed in a loop and the
 * built-in signals its generators name (their devices also get the values written to it).
 */
public final class SnapshotPeripheral {
  private SnapshotPeripheral() {}

  /**
   * Reads a snapshot file and builds the peripheral.
   *
   * @param file a snapshot JSON file
   * @return the peripheral it describes
   * @throws IOException when the file cannot be read
   * @throws SnapshotFormatException when the file is not a valid snapshot
   */
  public static SimPeripheral load(Path file) throws IOException, SnapshotFormatException {
    return build(SnapshotReader.read(file));
  }

  /**
   * Reads snapshot files and builds their peripherals, for options and command lines.
   *
   * @param files snapshot JSON files
   * @return their peripherals, in the order given
   * @throws IllegalArgumentException naming the file that is missing, unreadable or not valid
   */
  public static List<SimPeripheral> loadAll(List<Path> files) {
    List<SimPeripheral> out = new ArrayList<>();
    for (Path file : files) {
      try {
        out.add(load(file));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("snapshot " + file + " does not exist", e);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read snapshot " + file + ": " + e, e);
      } catch (SnapshotFormatException e) {
        throw new IllegalArgumentException(
            "snapshot " + file + " is not valid: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Builds the peripheral a snapshot describes.
   *
   * @param s the snapshot
   * @return a peripheral named after the snapshot, connectable when its advertising is
   * @throws IllegalArgumentException when a characteristic names a generator that no built-in
   *     device has, with the JSON path of its {@code generator} field, or a device that does not
   *     accept connections has services
   */
  public static SimPeripheral create(Snapshot s) {
    try {
      return build(s);
    } catch (SnapshotFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static SimPeripheral build(Snapshot s) throws SnapshotFormatException {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    BuiltInBinding binding = BuiltInBinding.of(s);
    List<SnapshotCharacteristic> recorded = new ArrayList<>();
    for (SnapshotService svc : s.services()) {
      b.skipTo(svc.handle());
      b.service(svc.uuid());
      for (SnapshotCharacteristic c : svc.characteristics()) {
        b.skipTo(c.declarationHandle());
        CapturedValue v = c.value();
        Optional<Attribute> code = binding.counterpart(c);
        b.characteristic(
            c.uuid(),
            c.properties(),
            code.map(Attribute::permissions).orElseGet(() -> permissions(c)),
            v.present() ? v.bytes() : new byte[0],
            null,
            code.<Consumer<byte[]>>map(a -> a::setValue).orElse(null));
        failReads(b, c.valueHandle(), v);
        for (SnapshotDescriptor d : c.descriptors()) {
          b.skipTo(d.handle());
          if (d.uuid().equals(GattDescriptor.CCCD)) {
            b.cccd();
          } else {
            byte[] initial = d.value().present() ? d.value().bytes() : new byte[0];
            b.descriptor(d.uuid(), AttPermissions.readOnly(), initial);
            failReads(b, d.handle(), d.value());
          }
        }
        if (c.recording() != null) {
          recorded.add(c);
        }
      }
      b.skipTo(svc.endHandle() + 1);
    }
    AttributeDatabase db = b.build();
    List<ValueStream> streams = new ArrayList<>();
    for (SnapshotCharacteristic c : recorded) {
      streams.add(new RecordedStream(db.get(c.valueHandle()).orElseThrow(), c.recording()));
    }
    for (int i = 0; i < s.services().size(); i++) {
      List<SnapshotCharacteristic> chars = s.services().get(i).characteristics();
      for (int j = 0; j < chars.size(); j++) {
        String name = chars.get(j).generator();
        if (name != null) {
          Attribute value = db.get(chars.get(j).valueHandle()).orElseThrow();
          int si = i;
          int ci = j;
          streams.add(
              binding.stream(name, value)
                  .orElseThrow(
                      () ->
                          new SnapshotFormatException(
                              "$.services[" + si + "].characteristics[" + ci + "].generator",
                              "no built-in device generates '"
                                  + name
                                  + "'; known: "
                                  + String.join(", ", BuiltInSignals.names()))));
        }
      }
    }
    Advertiser adv =
        new Advertiser(
            s.address(),
            s.addressType(),
            s.advertising().packetType().code(),
            s.advertising().intervalMillis(),
            s.advertising().data(),
            s.advertising().scanResponse(),
            s.advertising().rssi());
    boolean connectable = adv.connectable();
    if (!connectable && !s.services().isEmpty()) {
      throw new SnapshotFormatException(
          "$.services", "a device that advertises without accepting connections has no GATT table");
    }
    return new SimPeripheral(
        s.name(),
        adv,
        connectable ? db : null,
        connectable ? streams : List.of(),
        OptionalInt.empty());
  }

  /**
   * The access rules of a characteristic no built-in device stands for: its properties, and an
   * authenticated link for writes too when its capture-time read needed one (ATT 0x05).
   */
  private static AttPermissions permissions(SnapshotCharacteristic c) {
    AttPermissions p = AttPermissions.fromProperties(c.properties());
    return c.value().attError() == AttError.INSUFFICIENT_AUTHENTICATION
        ? p.withAuthentication()
        : p;
  }

  private static void failReads(AttributeDatabaseBuilder b, int handle, CapturedValue v) {
    if (v.attError() != 0) {
      b.readError(handle, v.attError());
    }
  }
}
