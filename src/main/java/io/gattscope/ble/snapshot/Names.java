package io.gattscope.ble.snapshot;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.CharacteristicProperty;
import java.util.Locale;

/** The words the snapshot format uses for enums: lower case, dashes between words. */
final class Names {
  private Names() {}

  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static CharacteristicProperty property(Node n) throws SnapshotFormatException {
    String s = n.textValue();
    for (CharacteristicProperty p : CharacteristicProperty.values()) {
      if (of(p).equals(s)) {
        return p;
      }
    }
    throw n.error(
        "unknown property '" + s + "' (known: " + known(CharacteristicProperty.values()) + ")");
  }

  static AddressType addressType(Node n, String field) throws SnapshotFormatException {
    String s = n.text(field);
    for (AddressType t : AddressType.values()) {
      if (of(t).equals(s)) {
        return t;
      }
    }
    throw n.get(field).error("expected public or random, got '" + s + "'");
  }

  static Advertisement.PacketType packetType(Node n, String field) throws SnapshotFormatException {
    String s = n.text(field);
    for (Advertisement.PacketType t :
        new Advertisement.PacketType[] {
          Advertisement.PacketType.CONNECTABLE,
          Advertisement.PacketType.NON_CONNECTABLE,
          Advertisement.PacketType.DISCOVERABLE
        }) {
      if (of(t).equals(s)) {
        return t;
      }
    }
    throw n.get(field)
        .error("expected connectable, non-connectable or discoverable, got '" + s + "'");
  }

  private static String known(Enum<?>[] values) {
    StringBuilder b = new StringBuilder();
    for (Enum<?> e : values) {
      b.append(b.length() == 0 ? "" : ", ").append(of(e));
    }
    return b.toString();
  }
}
