package io.gattscope.stream.uart;

import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.Uuids;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The two characteristics of a serial link: one the device notifies its text on (tx) and one the
 * client writes to (rx).
 *
 * @param tx the characteristic to subscribe to; it notifies or indicates
 * @param rx the characteristic to write; it allows write or write without response
 */
public record UartPair(GattCharacteristic tx, GattCharacteristic rx) {
  /**
   * Checks the pair.
   *
   * @param tx the characteristic to subscribe to; not null
   * @param rx the characteristic to write; not null
   */
  public UartPair {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(rx, "rx");
  }

  /**
   * The Nordic UART Service's pair, when the database has it.
   *
   * @param db a discovered database
   * @return the pair, or empty when the database lacks NUS or its characteristics are unusable
   */
  public static Optional<UartPair> nus(GattDatabase db) {
    try {
      return Optional.of(of(db, Nus.TX, Nus.RX));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The pair of these characteristic types.
   *
   * @param db a discovered database
   * @param tx the type of the characteristic to subscribe to
   * @param rx the type of the characteristic to write
   * @return the pair
   * @throws IllegalArgumentException when either is missing, repeated, or lacks the properties
   */
  public static UartPair of(GattDatabase db, UUID tx, UUID rx) {
    GattCharacteristic t = single(db, tx, "tx");
    GattCharacteristic r = single(db, rx, "rx");
    if (!t.has(CharacteristicProperty.NOTIFY) && !t.has(CharacteristicProperty.INDICATE)) {
      throw new IllegalArgumentException(
          "tx " + Uuids.format(tx) + " neither notifies nor indicates");
    }
    if (!r.has(CharacteristicProperty.WRITE)
        && !r.has(CharacteristicProperty.WRITE_WITHOUT_RESPONSE)) {
      throw new IllegalArgumentException("rx " + Uuids.format(rx) + " cannot be written");
    }
    return new UartPair(t, r);
  }

  private static GattCharacteristic single(GattDatabase db, UUID uuid, String role) {
    List<GattCharacteristic> found =
        db.characteristics().stream().filter(c -> c.uuid().equals(uuid)).toList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          role + ": the device has no characteristic " + Uuids.format(uuid));
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          role + ": the device has " + found.size() + " characteristics " + Uuids.format(uuid));
    }
    return found.get(0);
  }
}
