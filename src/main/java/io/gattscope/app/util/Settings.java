package io.gattscope.app.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers small user choices (adapter, formats per UUID, theme, window layout). */
public interface Settings {

  /** The stored value, or {@code fallback} when none is stored. */
  String get(String key, String fallback);

  /** Stores a value. */
  void put(String key, String value);

  /** A stored number, or {@code fallback} when absent or not a number. */
  default double getDouble(String key, double fallback) {
    try {
      return Double.parseDouble(get(key, Double.toString(fallback)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Settings kept in memory only (tests, or when the preferences store fails). */
  static Settings inMemory() {
    Map<String, String> map = new ConcurrentHashMap<>();
    return new Settings() {
      @Override
      public String get(String key, String fallback) {
        return map.getOrDefault(key, fallback);
      }

      @Override
      public void put(String key, String value) {
        map.put(key, value);
      }
    };
  }

  /** The user's settings file in the configuration directory (see {@link FileSettings}). */
  static Settings user() {
    return FileSettings.user();
  }
}
