package io.gattscope.cli;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattService;
import io.gattscope.ble.Uuids;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A scripted peripheral for the fake backend: a GATT database, values, and a mute switch. */
final class FakePeripheral {
  final BleAddress address;
  final AddressType type;
  final String name;
  final Map<Integer, byte[]> values = new ConcurrentHashMap<>();
  final List<GattService> services = new ArrayList<>();
  volatile boolean muted;
  volatile Integer passkey;
  private int nextHandle = 1;

  FakePeripheral(String address, AddressType type, String name) {
    this.address = BleAddress.parse(address);
    this.type = type;
    this.name = name;
  }

  /** Adds a service with characteristics given as (short uuid, properties) pairs. */
  FakePeripheral service(int uuid, int... charUuidAndProps) {
    int start = nextHandle++;
    List<GattCharacteristic> chars = new ArrayList<>();
    for (int i = 0; i < charUuidAndProps.length; i += 2) {
      int decl = nextHandle++;
      int value = nextHandle++;
      int props = charUuidAndProps[i + 1];
      List<GattDescriptor> descs = new ArrayList<>();
      if ((props & 0x30) != 0) {
        descs.add(new GattDescriptor(GattDescriptor.CCCD, nextHandle++));
      }
      chars.add(
          new GattCharacteristic(
              Uuids.fromShort(charUuidAndProps[i]),
              Uuids.fromShort(uuid),
              decl,
              value,
              props,
              descs));
      values.put(value, new byte[0]);
    }
    services.add(new GattService(Uuids.fromShort(uuid), start, nextHandle - 1, chars));
    return this;
  }

  GattDatabase database() {
    return new GattDatabase(services);
  }

  byte[] advertisingData() {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] ad = new byte[3 + 2 + n.length];
    ad[0] = 2;
    ad[1] = 0x01;
    ad[2] = 0x06;
    ad[3] = (byte) (n.length + 1);
    ad[4] = 0x09;
    System.arraycopy(n, 0, ad, 5, n.length);
    return ad;
  }
}
