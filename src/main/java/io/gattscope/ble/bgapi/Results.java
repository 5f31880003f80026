package io.gattscope.ble.bgapi;

import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Reads the result code that BGAPI responses and events carry and turns failures into exceptions.
 */
final class Results {
  private static final ClassValue<Method> RESULT =
      new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
          if (!type.isRecord()) {
            return null;
          }
          for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals("result")) {
              Method m = c.getAccessor();
              m.setAccessible(true);
              return m;
            }
          }
          return null;
        }
      };

  private Results() {}

  /** The message's 16-bit result, or 0 when it has none. */
  static int of(BgapiMessage message) {
    Method m = RESULT.get(message.getClass());
    if (m == null) {
      return 0;
    }
    try {
      return ((Number) m.invoke(message)).intValue();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the result of " + message, e);
    }
  }

  /** Throws the typed exception for a non-zero result. */
  static void check(BgapiMessage message, String operation, int handle) {
    int code = of(message);
    if (code != 0) {
      throw failure(code, operation, handle);
    }
  }

  /** The exception for a result code: ATT errors as GattException, others as BackendException. */
  static BleException failure(int code, String operation, int handle) {
    if ((code & 0xFF00) == 0x0400) {
      return new GattException(code & 0xFF, handle, operation);
    }
    if (code == BgapiErrors.NOT_CONNECTED) {
      return new NotConnectedException(operation + " failed: the connection is gone (0x0186)");
    }
    return new BackendException(operation, code, BgapiErrors.name(code));
  }
}
