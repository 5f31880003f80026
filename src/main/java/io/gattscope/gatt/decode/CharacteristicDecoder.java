package io.gattscope.gatt.decode;

import java.util.UUID;

/** Decodes the value of one SIG characteristic or descriptor into named fields. */
public interface CharacteristicDecoder {
  /** The UUID this decoder is for. */
  UUID uuid();

  /** The characteristic's name, e.g. {@code "Heart Rate Measurement"}. */
  String name();

  /**
   * Decodes a value. Never throws: a payload too short for its flags decodes what it can and
   * reports the rest as an error field.
   */
  Decoded decode(byte[] value);
}
