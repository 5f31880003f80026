package io.gattscope.ble.bluez;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the SOCK_SEQPACKET socket {@code AcquireNotify} hands out: each read returns one
 * notification of at most MTU - 3 bytes. Runs on its own daemon thread until the socket closes.
 */
final class NotifySocketReader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NotifySocketReader.class);

  private final FileInputStream in;
  private final Thread thread;
  private volatile boolean closed;

  /**
   * @param in the socket as a stream
   * @param mtu the ATT MTU BlueZ returned (23 to 517)
   * @param sink receives each value with its arrival time (on the reader thread; must not block)
   */
  NotifySocketReader(FileInputStream in, int mtu, String name, NotificationSink sink) {
    this.in = in;
    this.thread = new Thread(() -> run(Math.max(mtu, 23), sink), name);
    this.thread.setDaemon(true);
  }

  /** Receives values read from the socket. */
  interface NotificationSink {
    void accept(byte[] value, long timestampNanos);
  }

  void start() {
    thread.start();
  }

  private void run(int mtu, NotificationSink sink) {
    byte[] buf = new byte[mtu];
    try {
      int n;
      while ((n = in.read(buf)) >= 0) {
        long now = System.nanoTime();
        try {
          sink.accept(Arrays.copyOf(buf, n), now);
        } catch (RuntimeException e) {
          LOG.warn("delivering a notification from the socket failed", e);
        }
      }
    } catch (IOException e) {
      if (!closed) {
        LOG.debug("notification socket ended: {}", e.toString());
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      in.close();
    } catch (IOException e) {
      LOG.debug("closing the notification socket failed", e);
    }
  }
}
