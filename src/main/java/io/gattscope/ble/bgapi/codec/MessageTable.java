package io.gattscope.ble.bgapi.codec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A key-to-decoder table that refuses a second registration of the same key. */
final class MessageTable {

  /** One registered message: its wire name, payload shape and decoder. */
  record Entry(MessageKey key, String name, PayloadShape shape, Decoder decoder) {}

  /**
   * Decodes the payloads of the keys it is registered for: one per message class, so that a record
   * class is loaded when a message of it is first decoded, not when the table is built.
   */
  interface Decoder {
    BgapiMessage decode(MessageKey key, PayloadReader reader);
  }

  private final Map<MessageKey, Entry> entries = new LinkedHashMap<>();

  /** Per kind, per class id: 256 packed shapes (0 = unknown, else fixed * 2 + array + 1). */
  private final int[][][] packed = new int[MessageKind.values().length][256][];

  /** Per kind, per class id: 256 entries (null = unknown). */
  private final Entry[][][] byIndex = new Entry[MessageKind.values().length][256][];

  /**
   * Registers a message with a decoder of its own.
   *
   * @throws IllegalStateException if the key is already taken
   */
  void add(
      MessageKey key,
      String name,
      int fixedLength,
      boolean endsWithArray,
      Function<PayloadReader, ? extends BgapiMessage> reader) {
    add(key, name, fixedLength, endsWithArray, (k, r) -> reader.apply(r));
  }

  /**
   * Registers a message with its class's decoder.
   *
   * @throws IllegalStateException if the key is already taken
   */
  void add(MessageKey key, String name, int fixedLength, boolean endsWithArray, Decoder decoder) {
    Entry previous = entries.get(key);
    if (previous != null) {
      throw new IllegalStateException(
          "BGAPI key " + key + " registered twice: " + previous.name() + " and " + name);
    }
    var shape = new PayloadShape(fixedLength, endsWithArray);
    var entry = new Entry(key, name, shape, decoder);
    entries.put(key, entry);
    Entry[][] entriesByClass = byIndex[key.kind().ordinal()];
    if (entriesByClass[key.classId()] == null) {
      entriesByClass[key.classId()] = new Entry[256];
    }
    entriesByClass[key.classId()][key.messageId()] = entry;
    int[][] byClass = packed[key.kind().ordinal()];
    if (byClass[key.classId()] == null) {
      byClass[key.classId()] = new int[256];
    }
    byClass[key.classId()][key.messageId()] = fixedLength * 2 + (endsWithArray ? 1 : 0) + 1;
  }

  Entry get(MessageKey key) {
    return entries.get(key);
  }

  /** The entry for the ids, or null; allocation-free. */
  Entry get(MessageKind kind, int classId, int messageId) {
    if (classId < 0 || classId > 0xFF || messageId < 0 || messageId > 0xFF) {
      return null;
    }
    Entry[] row = byIndex[kind.ordinal()][classId];
    return row == null ? null : row[messageId];
  }

  Map<MessageKey, Entry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  /** The packed shape (0 when unknown); allocation-free for the frame parser. */
  int packedShape(MessageKind kind, int classId, int messageId) {
    int[] row = packed[kind.ordinal()][classId & 0xFF];
    return row == null ? 0 : row[messageId & 0xFF];
  }
}
