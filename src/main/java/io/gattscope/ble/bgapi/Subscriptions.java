package io.gattscope.ble.bgapi;

import io.gattscope.ble.GattCharacteristic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscriptions of one connection by value handle; readers on the hot path see an immutable
 * snapshot without locking.
 */
final class Subscriptions {
  private static final BgapiSubscription[] NONE = new BgapiSubscription[0];
  private volatile Map<Integer, BgapiSubscription[]> byHandle = Map.of();

  /** The subscriptions of a value handle (never null). */
  BgapiSubscription[] forHandle(int handle) {
    BgapiSubscription[] subs = byHandle.get(handle);
    return subs == null ? NONE : subs;
  }

  synchronized void add(int handle, BgapiSubscription sub) {
    Map<Integer, BgapiSubscription[]> copy = new HashMap<>(byHandle);
    BgapiSubscription[] old = copy.getOrDefault(handle, NONE);
    BgapiSubscription[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = sub;
    copy.put(handle, grown);
    byHandle = Map.copyOf(copy);
  }

  synchronized void remove(int handle, BgapiSubscription sub) {
    Map<Integer, BgapiSubscription[]> copy = new HashMap<>(byHandle);
    List<BgapiSubscription> left = new ArrayList<>(List.of(copy.getOrDefault(handle, NONE)));
    left.remove(sub);
    if (left.isEmpty()) {
      copy.remove(handle);
    } else {
      copy.put(handle, left.toArray(NONE));
    }
    byHandle = Map.copyOf(copy);
  }

  /** The CCCD value the remaining subscriptions of a handle need (little-endian, 2 bytes). */
  byte[] cccdValue(int handle) {
    int bits = 0;
    for (BgapiSubscription s : forHandle(handle)) {
      if (s.isActive()) {
        bits |= s.type().cccdValue();
      }
    }
    return new byte[] {(byte) bits, 0};
  }

  /** One characteristic per subscribed handle. */
  List<GattCharacteristic> characteristics() {
    List<GattCharacteristic> out = new ArrayList<>();
    byHandle.values().forEach(subs -> out.add(subs[0].characteristic()));
    return out;
  }

  /** Marks every subscription inactive (the link went down). */
  void deactivateAll() {
    byHandle
        .values()
        .forEach(
            subs -> {
              for (BgapiSubscription s : subs) {
                s.deactivate();
              }
            });
  }
}
