package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Builds one instance of every registered message record, with distinctive field values. */
final class SampleMessages {
  static final Class<?>[] HOLDERS = {
    SystemMessages.class,
    ConnectionMessages.class,
    AttclientMessages.class,
    SmMessages.class,
    GapMessages.class
  };

  private SampleMessages() {}

  /** Every nested message record of the holder classes. */
  static List<Class<?>> recordClasses() {
    var out = new ArrayList<Class<?>>();
    for (Class<?> holder : HOLDERS) {
      for (Class<?> c : holder.getDeclaredClasses()) {
        if (c.isRecord() && BgapiMessage.class.isAssignableFrom(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  static byte[] payloadOf(BgapiMessage m) {
    var w = new PayloadWriter();
    m.writePayload(w);
    return w.toByteArray();
  }

  static MessageKey keyOf(Class<?> recordClass) {
    try {
      return (MessageKey) recordClass.getField("KEY").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(recordClass.getName() + " has no public static KEY", e);
    }
  }

  /** An instance whose fields differ from each other; {@code seed} varies the values. */
  static BgapiMessage sample(Class<?> recordClass, int seed) {
    RecordComponent[] comps = recordClass.getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      types[i] = comps[i].getType();
      int v = seed * 31 + i * 7 + 1;
      if (types[i] == int.class) {
        args[i] = v & 0x7F;
      } else if (types[i] == long.class) {
        args[i] = 0x8000_0000L + v;
      } else if (types[i] == BleAddress.class) {
        args[i] = new BleAddress(0x6102_D20B_1315L + v);
      } else if (types[i] == ByteString.class) {
        byte[] b = new byte[(v % 20) + 1];
        for (int k = 0; k < b.length; k++) {
          b[k] = (byte) (v + k);
        }
        args[i] = ByteString.of(b);
      } else {
        throw new AssertionError("unexpected component type " + types[i]);
      }
    }
    try {
      return (BgapiMessage) recordClass.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + recordClass.getName(), e);
    }
  }
}
