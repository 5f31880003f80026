package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.PayloadWriter;

/**
 * Writes a benchmark burst of notifications: frames are encoded many at a time into one large
 * buffer and sent with one write, so the link, not the encoder, sets the pace.
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
    PayloadWriter w = new PayloadWriter(CHUNK_BYTES + 64);
    byte[] payload = new byte[payloadSize];
    long start = System.nanoTime();
    int frames = 0;
    long sent = 0;
    for (int seq = 0; seq < count; seq++) {
      payload[0] = (byte) seq;
      payload[1] = (byte) (seq >>> 8);
      payload[2] = (byte) (seq >>> 16);
      payload[3] = (byte) (seq >>> 24);
      BgapiCodec.encodeInto(
          new AttclientMessages.AttributeValueEvent(
              c.handle, valueHandle, AttclientEvents.TYPE_NOTIFY, payload),
          w);
      frames++;
      if (w.size() >= CHUNK_BYTES) {
        if (dongle.connection(c.handle) != c) {
          break;
        }
        outbox.write(w.array(), w.size(), frames);
        sent += frames;
        w.reset();
        frames = 0;
      }
    }
    if (frames > 0 && dongle.connection(c.handle) == c) {
      outbox.write(w.array(), w.size(), frames);
      sent += frames;
    }
    return new SimulatorControl.BlastResult(sent, System.nanoTime() - start);
  }
}
