package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.PayloadWriter;
import io.gattscope.ble.bgapi.link.BgapiLink;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the dongle's frames to the link: one message, or many encoded into one buffer and sent
 * with a single write. Sends are serialised so frames never interleave; a muted outbox drops all.
 */
final class Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final BgapiLink link;
  private final Object sendLock = new Object();
  private final AtomicLong framesSent = new AtomicLong();
  private volatile boolean muted;

  Outbox(BgapiLink link) {
    this.link = link;
  }

  void setMuted(boolean value) {
    muted = value;
  }

  boolean muted() {
    return muted;
  }

  long framesSent() {
    return framesSent.get();
  }

  /** Sends one frame. */
  void send(BgapiMessage m) {
    sendAll(List.of(m));
  }

  /** Sends frames in one write. */
  void sendAll(List<? extends BgapiMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    PayloadWriter w = new PayloadWriter(64 * messages.size());
    for (BgapiMessage m : messages) {
      BgapiCodec.encodeInto(m, w);
    }
    write(w.array(), w.size(), messages.size());
  }

  /** Sends bytes already holding {@code frames} whole frames (or garbage, when frames is 0). */
  void write(byte[] bytes, int len, int frames) {
    if (muted || !link.isOpen()) {
      return;
    }
    synchronized (sendLock) {
      try {
        link.send(bytes, 0, len);
        framesSent.addAndGet(frames);
      } catch (RuntimeException e) {
        if (link.isOpen()) {
          LOG.warn("simulated dongle dropped {} bytes: {}", len, e.getMessage());
        } else {
          LOG.debug("link closed; simulated dongle dropped {} bytes", len);
        }
      }
    }
  }
}
