package io.gattscope.ble.bluez;

import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a {@link GattDatabase} from the mirrored GattService1/Characteristic1/Descriptor1 objects
 * of one device, with a map from attribute handle to object path.
 *
 * <p>Handles come from the object paths: BlueZ names them {@code service%04x}, {@code char%04x} and
 * {@code desc%04x} with the attribute handle in hex ({@code src/gatt-client.c}). For a
 * characteristic that number is the handle of its 0x2803 declaration; the value attribute
 * immediately follows the declaration (Core Vol 3 Part G 3.3), so the value handle is that number +
 * 1. BlueZ does not publish a service's end handle: it is taken as the last handle the service
 * holds (its last descriptor or value).
 *
 * @param database the services in handle order
 * @param pathsByHandle value handles of characteristics and handles of descriptors → object path
 */
record GattTree(GattDatabase database, Map<Integer, String> pathsByHandle) {

  /** The handle in the last path element, e.g. {@code .../char000d} → 0x000d. */
  static int handleOf(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    int i = last.length();
    while (i > 0 && Character.digit(last.charAt(i - 1), 16) >= 0 && last.length() - i < 4) {
      i--;
    }
    if (last.length() - i != 4) {
      throw new IllegalArgumentException("no 4-digit hex handle at the end of " + path);
    }
    return Integer.parseInt(last.substring(i), 16);
  }

  /** The characteristic properties byte for BlueZ's {@code Flags} strings. */
  static int propertyBits(List<String> flags) {
    int bits = 0;
    for (String f : flags) {
      bits |=
          switch (f) {
            case "broadcast" -> CharacteristicProperty.BROADCAST.mask();
            case "read" -> CharacteristicProperty.READ.mask();
            case "write-without-response" -> CharacteristicProperty.WRITE_WITHOUT_RESPONSE.mask();
            case "write" -> CharacteristicProperty.WRITE.mask();
            case "notify" -> CharacteristicProperty.NOTIFY.mask();
            case "indicate" -> CharacteristicProperty.INDICATE.mask();
            case "authenticated-signed-writes" ->
                CharacteristicProperty.AUTHENTICATED_SIGNED_WRITES.mask();
            case "extended-properties", "reliable-write", "writable-auxiliaries" ->
                CharacteristicProperty.EXTENDED_PROPERTIES.mask();
            default -> 0;
          };
    }
    return bits;
  }

  /** Builds the tree of the device at {@code devicePath} from what the mirror holds now. */
  static GattTree of(ObjectTree tree, String devicePath) {
    Map<Integer, String> paths = new HashMap<>();
    List<GattService> services = new ArrayList<>();
    for (String sp : tree.paths(devicePath + "/", BluezApi.GATT_SERVICE)) {
      Map<String, Object> sprops = tree.properties(sp, BluezApi.GATT_SERVICE).orElseThrow();
      if (sprops.containsKey("Primary") && !Values.flag(sprops, "Primary")) {
        continue;
      }
      UUID suuid = UUID.fromString(Values.string(sprops, "UUID").orElseThrow());
      int start = handleOf(sp);
      int end = start;
      List<GattCharacteristic> chars = new ArrayList<>();
      for (String cp : tree.paths(sp + "/", BluezApi.GATT_CHARACTERISTIC)) {
        Map<String, Object> cprops =
            tree.properties(cp, BluezApi.GATT_CHARACTERISTIC).orElseThrow();
        int decl = handleOf(cp);
        int value = decl + 1;
        paths.put(value, cp);
        end = Math.max(end, value);
        List<GattDescriptor> descs = new ArrayList<>();
        for (String dp : tree.paths(cp + "/", BluezApi.GATT_DESCRIPTOR)) {
          Map<String, Object> dprops = tree.properties(dp, BluezApi.GATT_DESCRIPTOR).orElseThrow();
          int h = handleOf(dp);
          paths.put(h, dp);
          end = Math.max(end, h);
          descs.add(
              new GattDescriptor(UUID.fromString(Values.string(dprops, "UUID").orElseThrow()), h));
        }
        chars.add(
            new GattCharacteristic(
                UUID.fromString(Values.string(cprops, "UUID").orElseThrow()),
                suuid,
                decl,
                value,
                propertyBits(Values.strings(cprops, "Flags")),
                descs));
      }
      services.add(new GattService(suuid, start, end, chars));
    }
    return new GattTree(new GattDatabase(services), Map.copyOf(paths));
  }
}
