package io.gattscope.gatt.decode;

import java.util.UUID;

/** Decodes the value of one SIG characteristic or descriptor into named fields. */
public interface CharacteristicDecoder {
  /**
   * The UUID this decoder is for.
   *
   * @return the full 128-bit UUID; SIG 16-bit ones in Bluetooth base form
   */
  UUID uuid();

  /**
   * The characteristic's name, e.g. {@code "Heart Rate Measurement"}.
   *
   * @return the name as the SIG assigned numbers list it
   */
  String name();

  /**
   * Decodes a value. Never throws: a payload too short for its flags decodes what it can and
   * reports the rest as an error field.
   *
   * @param value the value as read or notified; not {@code null}, may be empty
   * @return the fields in payload order; never {@code null}
   */
  Decoded decode(byte[] value);

  /**
   * Appends the one-line summary of a value ({@link Decoded#summary()}'s text) to {@code sb}; SIG
   * decoders write it without building fields, for values printed as fast as they arrive.
   *
   * @param value the value as read or notified; not {@code null}, may be empty
   * @param sb the builder to append to
   * @return {@code sb}, for chaining
   */
  default StringBuilder appendSummary(byte[] value, StringBuilder sb) {
    return decode(value).appendSummary(sb);
  }
}
