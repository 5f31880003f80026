package io.gattscope.ble.bgapi.codec;

/** One decoded BGAPI command, response or event: its key and a way to write its payload. */
public interface BgapiMessage {

  /**
   * The kind, class and id this message travels under.
   *
   * @return the key written into the frame header
   */
  MessageKey key();

  /**
   * Appends the payload (without the 4-byte header) to {@code w}.
   *
   * @param w the writer the payload fields are appended to, in wire order
   */
  void writePayload(PayloadWriter w);
}
