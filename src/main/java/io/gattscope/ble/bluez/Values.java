package io.gattscope.ble.bluez;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;

/**
 * Turns dbus-java's values into plain Java ones: variants unwrapped, {@code ay} as {@code byte[]}
 * whether it arrived as {@code List<Byte>} (inside a variant) or as an array, object paths as
 * strings, unsigned integers as {@link Number}.
 */
final class Values {
  private Values() {}

  /** The plain form of a D-Bus value. */
  static Object plain(Object v) {
    if (v instanceof Variant<?> variant) {
      return plain(variant.getValue());
    }
    if (v instanceof DBusPath p) {
      return p.getPath();
    }
    if (v instanceof List<?> list) {
      if (!list.isEmpty() && list.stream().allMatch(Byte.class::isInstance)) {
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = (Byte) list.get(i);
        }
        return out;
      }
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(plain(e)));
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, e) -> out.put(plain(k), plain(e)));
      return out;
    }
    return v;
  }

  /** The plain form of every property in a map. */
  static Map<String, Object> plainProperties(Map<String, Variant<?>> props) {
    Map<String, Object> out = new LinkedHashMap<>();
    props.forEach((k, v) -> out.put(k, plain(v)));
    return out;
  }

  /** A string property, if present. */
  static Optional<String> string(Map<String, Object> props, String name) {
    return props.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** An integer property (any D-Bus integer type), if present. */
  static Optional<Integer> integer(Map<String, Object> props, String name) {
    return props.get(name) instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
  }

  /** A boolean property; false when absent. */
  static boolean flag(Map<String, Object> props, String name) {
    return Boolean.TRUE.equals(props.get(name));
  }

  /** A byte-array property; an empty {@code ay} arrives as an empty list and becomes empty. */
  static Optional<byte[]> bytes(Map<String, Object> props, String name) {
    return asBytes(props.get(name));
  }

  /** A value as bytes when it is an array of bytes (or an empty list). */
  static Optional<byte[]> asBytes(Object v) {
    if (v instanceof byte[] b) {
      return Optional.of(b.clone());
    }
    if (v instanceof List<?> l && l.isEmpty()) {
      return Optional.of(new byte[0]);
    }
    return Optional.empty();
  }

  /** A list of strings property; empty when absent. */
  static List<String> strings(Map<String, Object> props, String name) {
    if (props.get(name) instanceof List<?> l) {
      return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }

  /** A dictionary property; empty when absent. */
  static Map<?, ?> dict(Map<String, Object> props, String name) {
    return props.get(name) instanceof Map<?, ?> m ? m : Map.of();
  }
}
