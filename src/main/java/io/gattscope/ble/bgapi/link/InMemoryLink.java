package io.gattscope.ble.bgapi.link;

import io.gattscope.ble.AdapterUnavailableException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One end of an in-process byte pipe (host to simulated dongle). Each end has a bounded inbound
 * buffer and its own daemon delivery thread, so a sender never runs the receiver's code and blocks
 * (up to a timeout) while the buffer is full.
 */
public final class InMemoryLink implements BgapiLink {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryLink.class);

  /** Default bytes buffered per direction. */
  public static final int DEFAULT_CAPACITY = 256 * 1024;

  /** Default longest wait for buffer space before {@link #send} fails. */
  public static final Duration DEFAULT_SEND_TIMEOUT = Duration.ofSeconds(10);

  private static final int DELIVERY_CHUNK = 64 * 1024;
  private static final long JOIN_MILLIS = 2000;

  /**
   * The two ends of a pipe.
   *
   * @param host the end a host (the BGAPI backend) uses
   * @param device the end a simulated dongle uses
   */
  public record Pair(InMemoryLink host, InMemoryLink device) {}

  private final String name;
  private final ByteRing inbound;
  private final long sendTimeoutNanos;
  private InMemoryLink peer;
  private volatile LinkReceiver receiver;
  private volatile boolean open;
  private Thread delivery;

  private InMemoryLink(String name, int capacity, long sendTimeoutNanos) {
    this.name = name;
    this.inbound = new ByteRing(capacity);
    this.sendTimeoutNanos = sendTimeoutNanos;
  }

  /**
   * A connected pair with the default capacity and send timeout.
   *
   * @return two linked, unopened ends: what one sends, the other receives
   */
  public static Pair pair() {
    return pair(DEFAULT_CAPACITY, DEFAULT_SEND_TIMEOUT);
  }

  /**
   * A connected pair.
   *
   * @param capacity bytes buffered per direction (at least 1)
   * @param sendTimeout longest wait for buffer space in one send
   * @return two linked, unopened ends: what one sends, the other receives
   * @throws IllegalArgumentException if the send timeout is missing, zero or negative, or the
   *     capacity is below 1
   */
  public static Pair pair(int capacity, Duration sendTimeout) {
    if (sendTimeout == null || sendTimeout.isNegative() || sendTimeout.isZero()) {
      throw new IllegalArgumentException("send timeout must be positive, got " + sendTimeout);
    }
    var host = new InMemoryLink("host", capacity, sendTimeout.toNanos());
    var device = new InMemoryLink("device", capacity, sendTimeout.toNanos());
    host.peer = device;
    device.peer = host;
    return new Pair(host, device);
  }

  @Override
  public synchronized void open() {
    if (inbound.isClosed()) {
      throw new AdapterUnavailableException(description() + " is closed and cannot be reopened");
    }
    if (open) {
      return;
    }
    if (receiver == null) {
      throw new IllegalStateException("set a receiver on " + description() + " before open()");
    }
    open = true;
    delivery = new Thread(this::deliverLoop, "bgapi-inmemory-" + name + "-rx");
    delivery.setDaemon(true);
    delivery.start();
  }

  @Override
  public boolean isOpen() {
    return open && !inbound.isClosed();
  }

  @Override
  public void send(byte[] data, int off, int len) {
    Objects.checkFromIndexSize(off, len, data.length);
    if (!isOpen()) {
      throw new AdapterUnavailableException(description() + " is not open");
    }
    ByteRing.WriteResult result;
    try {
      result = peer.inbound.write(data, off, len, sendTimeoutNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterUnavailableException("interrupted while sending on " + description(), e);
    }
    switch (result) {
      case WRITTEN -> {}
      case CLOSED ->
          throw new AdapterUnavailableException(
              description() + ": the other end is closed", peer.inbound.cause());
      case TIMED_OUT ->
          throw new AdapterUnavailableException(
              description()
                  + ": the other end took no data for "
                  + TimeUnit.NANOSECONDS.toMillis(sendTimeoutNanos)
                  + " ms");
    }
  }

  /**
   * Bytes arrive in order and none is dropped while the other end reads; a send the other end
   * leaves waiting for the whole send timeout fails loudly.
   */
  @Override
  public boolean lossless() {
    return true;
  }

  @Override
  public void setReceiver(LinkReceiver r) {
    if (r == null) {
      throw new IllegalArgumentException("receiver of " + description() + " is missing");
    }
    this.receiver = r;
  }

  @Override
  public String description() {
    return "in-memory link (" + name + " end)";
  }

  /** Closes this end; the other end's receiver gets a non-null cause after its pending data. */
  @Override
  public void close() {
    inbound.close(null, true);
    peer.inbound.close(
        new AdapterUnavailableException(peer.description() + ": the other end was closed"), false);
    awaitDelivery();
  }

  /**
   * Simulates pulling the cable: both ends close and both receivers get {@code cause}.
   *
   * @param cause what the receivers are told (not null)
   */
  public void unplug(Throwable cause) {
    if (cause == null) {
      throw new IllegalArgumentException("unplug needs a cause");
    }
    inbound.close(cause, true);
    peer.inbound.close(cause, false);
  }

  /** The delivery thread, for tests that check it ended; null before {@link #open()}. */
  synchronized Thread deliveryThread() {
    return delivery;
  }

  private void awaitDelivery() {
    Thread t = deliveryThread();
    if (t == null || t == Thread.currentThread()) {
      return;
    }
    try {
      t.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      LOG.warn("{}: delivery thread still busy in the receiver after close", description());
    }
  }

  private void deliverLoop() {
    byte[] chunk = new byte[DELIVERY_CHUNK];
    try {
      while (true) {
        int n = inbound.read(chunk);
        if (n < 0) {
          break;
        }
        try {
          receiver.onData(chunk, 0, n);
        } catch (RuntimeException e) {
          LOG.warn("{}: receiver failed on {} byte(s)", description(), n, e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      inbound.close(new AdapterUnavailableException(description() + ": interrupted", e), true);
    }
    open = false;
    try {
      receiver.onClosed(inbound.cause());
    } catch (RuntimeException e) {
      LOG.warn("{}: receiver failed in onClosed", description(), e);
    }
  }
}
