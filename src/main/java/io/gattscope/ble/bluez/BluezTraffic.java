package io.gattscope.ble.bluez;

import io.gattscope.bytes.HexText;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logs the D-Bus method calls GattScope makes, their replies, and the signals it handles at DEBUG
 * on {@code io.gattscope.traffic.bluez}, with the device's address in the MDC key {@code device}
 * when the object path lies under a device. Callers check {@link #enabled()} first.
 */
final class BluezTraffic {
  static final Logger LOG = LoggerFactory.getLogger("io.gattscope.traffic.bluez");
  private static final String DEVICE_KEY = "device";
  private static final Pattern DEVICE_PATH =
      Pattern.compile("/dev_(\\p{XDigit}{2}(?:_\\p{XDigit}{2}){5})(?:/|$)");
  private static final int MAX_TEXT = 2000;

  private BluezTraffic() {}

  /** Whether traffic is logged: the one check on the hot path. */
  static boolean enabled() {
    return LOG.isDebugEnabled();
  }

  /** Logs a method call about to be sent. */
  static void call(DBusInterface proxy, String method, Object[] args) {
    StringJoiner list = new StringJoiner(", ", "(", ")");
    for (Object a : args) {
      list.add(text(a));
    }
    String path = proxy.getObjectPath();
    log(path, "→ " + interfaceOf(proxy) + "." + method + list + " " + path);
  }

  /** Logs the reply to a method call. */
  static void reply(DBusInterface proxy, String method, Object reply) {
    String path = proxy.getObjectPath();
    log(path, "← " + interfaceOf(proxy) + "." + method + " reply " + text(reply) + " " + path);
  }

  /** Logs the error reply to a method call. */
  static void error(DBusInterface proxy, String method, Throwable error) {
    String path = proxy.getObjectPath();
    log(
        path,
        "← " + interfaceOf(proxy) + "." + method + " error " + error.getMessage() + " " + path);
  }

  /** Logs a method call BlueZ makes on GattScope's pairing agent about the device at a path. */
  static void agentCall(String method, DBusPath device, Object... args) {
    StringJoiner list = new StringJoiner(", ", "(", ")");
    for (Object a : args) {
      list.add(text(a));
    }
    String path = device == null ? null : device.getPath();
    log(path, "← org.bluez.Agent1." + method + list + " " + path);
  }

  /** Logs a received signal: its name, the object path and what it carries. */
  static void signal(String name, String path, Object... parts) {
    StringJoiner body = new StringJoiner(" ");
    for (Object p : parts) {
      body.add(text(p));
    }
    log(path, "← " + name + " " + path + " " + body);
  }

  /** The address of the device an object path lies under, such as {@code AA:BB:CC:DD:EE:FF}. */
  static String deviceOf(String path) {
    if (path == null) {
      return null;
    }
    Matcher m = DEVICE_PATH.matcher(path);
    return m.find() ? m.group(1).replace('_', ':').toUpperCase(Locale.ROOT) : null;
  }

  private static void log(String path, String full) {
    String message =
        full.length() <= MAX_TEXT
            ? full
            : full.substring(0, MAX_TEXT) + "… (" + (full.length() - MAX_TEXT) + " more chars)";
    String device = deviceOf(path);
    if (device == null) {
      LOG.debug("{}", message);
      return;
    }
    String previous = MDC.get(DEVICE_KEY);
    MDC.put(DEVICE_KEY, device);
    try {
      LOG.debug("{}", message);
    } finally {
      if (previous == null) {
        MDC.remove(DEVICE_KEY);
      } else {
        MDC.put(DEVICE_KEY, previous);
      }
    }
  }

  private static String interfaceOf(DBusInterface proxy) {
    for (Class<?> type : proxy.getClass().getInterfaces()) {
      if (DBusInterface.class.isAssignableFrom(type) && type != DBusInterface.class) {
        DBusInterfaceName name = type.getAnnotation(DBusInterfaceName.class);
        return name == null ? type.getName() : name.value();
      }
    }
    return proxy.getClass().getSimpleName();
  }

  /** A readable form of a D-Bus value: bytes as hex, variants unwrapped, maps as {k=v}. */
  static String text(Object v) {
    if (v == null) {
      return "()";
    }
    if (v instanceof byte[] b) {
      return "[" + HexText.format(b) + "]";
    }
    if (v instanceof Variant<?> variant) {
      return text(variant.getValue());
    }
    if (v instanceof DBusPath p) {
      return p.getPath();
    }
    if (v instanceof Map<?, ?> map) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      map.forEach((k, x) -> j.add(text(k) + "=" + text(x)));
      return j.toString();
    }
    if (v instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      c.forEach(x -> j.add(text(x)));
      return j.toString();
    }
    if (v.getClass().isArray()) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      for (int i = 0; i < Array.getLength(v); i++) {
        j.add(text(Array.get(v, i)));
      }
      return j.toString();
    }
    return String.valueOf(v);
  }
}
