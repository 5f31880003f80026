package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.BgapiConstants;

/**
 * Writes a benchmark burst of notifications: the codec encodes one attribute_value frame as a
 * template, each notification is a copy with its sequence number patched in, and many are gathered
 * into one large buffer per write, so the link, not the encoder, sets the pace.
 */
final class Blaster {
  /** Bytes gathered before each write. */
  static final int CHUNK_BYTES = 128 * 1024;

  private Blaster() {}

  /** Sends the burst on the calling thread; stops early if the connection ends. */
  static SimulatorControl.BlastResult run(
      Outbox outbox,
      SimulatedDongle dongle,
      SimConnection c,
      int valueHandle,
      int count,
      int payloadSize) {
    byte[] template =
        BgapiCodec.encode(
            new AttclientMessages.AttributeValueEvent(
                c.handle, valueHandle, BgapiConstants.VALUE_NOTIFY, new byte[payloadSize]));
    int frameLength = template.length;
    int seqAt = frameLength - payloadSize;
    int perChunk = Math.max(1, CHUNK_BYTES / frameLength);
    byte[] chunk = new byte[perChunk * frameLength];
    long start = System.nanoTime();
    long sent = 0;
    int seq = 0;
    while (seq < count && dongle.connection(c.handle) == c) {
      int frames = Math.min(perChunk, count - seq);
      for (int i = 0; i < frames; i++, seq++) {
        int at = i * frameLength;
        System.arraycopy(template, 0, chunk, at, frameLength);
        chunk[at + seqAt] = (byte) seq;
        chunk[at + seqAt + 1] = (byte) (seq >>> 8);
        chunk[at + seqAt + 2] = (byte) (seq >>> 16);
        chunk[at + seqAt + 3] = (byte) (seq >>> 24);
      }
      outbox.write(chunk, frames * frameLength, frames);
      sent += frames;
    }
    return new SimulatorControl.BlastResult(sent, System.nanoTime() - start);
  }
}
