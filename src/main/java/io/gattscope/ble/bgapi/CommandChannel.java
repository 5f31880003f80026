package io.gattscope.ble.bgapi;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import io.gattscope.ble.bgapi.link.BgapiLink;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends BGAPI commands one at a time and matches each response by class and id; further commands
 * wait their turn in call order, each with its own timeout.
 */
final class CommandChannel {
  private static final Logger LOG = LoggerFactory.getLogger(CommandChannel.class);

  private final BgapiLink link;
  private final ScheduledExecutorService timer;
  private final BgapiTraffic traffic;
  private final Deque<Pending> queue = new ArrayDeque<>();
  private Pending outstanding;
  private BleException closedCause;

  /**
   * Responses still owed to commands that timed out or went out of band: class and id packed as
   * {@code class << 8 | id}, with the time after which the answer is no longer expected. The dongle
   * answers in order, so the next response of such a key is that answer and is discarded.
   */
  private final Deque<long[]> owed = new ArrayDeque<>();

  private long discardedLate;

  CommandChannel(BgapiLink link, ScheduledExecutorService timer) {
    this(link, timer, new BgapiTraffic(Map.of()));
  }

  /** A channel whose written frames go to {@code traffic} when the traffic log is on. */
  CommandChannel(BgapiLink link, ScheduledExecutorService timer, BgapiTraffic traffic) {
    this.link = link;
    this.timer = timer;
    this.traffic = traffic;
  }

  /** Queues a command; the future completes with its response or fails with a typed exception. */
  CompletableFuture<BgapiMessage> send(BgapiMessage command, Duration timeout) {
    Pending p = new Pending(command, timeout, true);
    synchronized (this) {
      if (closedCause != null) {
        return CompletableFuture.failedFuture(closedCause);
      }
      queue.add(p);
    }
    pump();
    return p.future;
  }

  /**
   * Sends a command and waits for its response (blocking; never call from the I/O thread).
   *
   * @throws io.gattscope.ble.BleTimeoutException naming the command when no response comes
   */
  BgapiMessage call(BgapiMessage command, Duration timeout) {
    return Futures.await(
        send(command, timeout), timeout.plusMillis(500), "response to " + MessageNames.of(command));
  }

  /** Sends a command that has no response (system_reset); completes once written. */
  CompletableFuture<BgapiMessage> sendWithoutResponse(BgapiMessage command) {
    Pending p = new Pending(command, Duration.ZERO, false);
    synchronized (this) {
      if (closedCause != null) {
        return CompletableFuture.failedFuture(closedCause);
      }
      queue.add(p);
    }
    pump();
    return p.future;
  }

  /**
   * Sends a command ahead of every queued one, now (attclient_indicate_confirm must not wait behind
   * a stuck command); its response is expected and discarded.
   */
  void sendUrgent(BgapiMessage command, Duration timeout) {
    synchronized (this) {
      if (closedCause != null) {
        throw closedCause;
      }
      owe(command, timeout);
    }
    byte[] frame = BgapiCodec.encode(command);
    if (BgapiTraffic.enabled()) {
      traffic.sent(command, frame);
    }
    link.send(frame, 0, frame.length);
  }

  /** Late or out-of-band responses recognised and discarded so far. */
  synchronized long discardedLateResponses() {
    return discardedLate;
  }

  private void owe(BgapiMessage command, Duration timeout) {
    long key = command.key().classId() << 8 | command.key().messageId();
    owed.add(new long[] {key, System.nanoTime() + timeout.toNanos()});
  }

  /** Whether the response pays off an owed answer (caller holds the lock). */
  private boolean isOwed(BgapiMessage response) {
    long now = System.nanoTime();
    owed.removeIf(o -> o[1] - now < 0);
    long key = response.key().classId() << 8 | response.key().messageId();
    for (var it = owed.iterator(); it.hasNext(); ) {
      if (it.next()[0] == key) {
        it.remove();
        discardedLate++;
        return true;
      }
    }
    return false;
  }

  /**
   * A hello carries nothing: any answer to it proves the dongle is there, so while a hello is
   * outstanding, a late answer to an earlier one pays it instead of being discarded (caller holds
   * the lock).
   */
  private boolean isRepeatedHello(BgapiMessage response) {
    return outstanding != null
        && outstanding.command instanceof SystemMessages.Hello
        && response instanceof SystemMessages.HelloResponse;
  }

  /** Forgets owed answers of the response's kind (caller holds the lock). */
  private void forgive(BgapiMessage response) {
    long key = response.key().classId() << 8 | response.key().messageId();
    owed.removeIf(o -> o[0] == key);
  }

  /** Offers a response frame; returns false when no command waits for it. */
  boolean onResponse(BgapiMessage response) {
    Pending p;
    synchronized (this) {
      if (isRepeatedHello(response)) {
        forgive(response);
      } else if (isOwed(response)) {
        LOG.info("discarded a late answer: {}", response);
        return true;
      }
      p = outstanding;
      if (p == null
          || p.command.key().classId() != response.key().classId()
          || p.command.key().messageId() != response.key().messageId()) {
        return false;
      }
      outstanding = null;
    }
    if (p.timeoutTask != null) {
      p.timeoutTask.cancel(false);
    }
    p.future.complete(response);
    pump();
    return true;
  }

  /** Fails the outstanding and queued commands and refuses new ones. */
  void close(BleException cause) {
    Deque<Pending> failed = new ArrayDeque<>();
    synchronized (this) {
      if (closedCause != null) {
        return;
      }
      closedCause = cause;
      if (outstanding != null) {
        failed.add(outstanding);
        outstanding = null;
      }
      failed.addAll(queue);
      queue.clear();
    }
    failed.forEach(p -> p.future.completeExceptionally(cause));
  }

  private void pump() {
    while (true) {
      Pending next;
      synchronized (this) {
        if (outstanding != null || queue.isEmpty() || closedCause != null) {
          return;
        }
        next = queue.poll();
        if (next.expectsResponse) {
          outstanding = next;
        }
      }
      if (!write(next)) {
        continue;
      }
      if (!next.expectsResponse) {
        next.future.complete(null);
        continue;
      }
      Pending armed = next;
      armed.timeoutTask =
          timer.schedule(() -> timeout(armed), armed.timeout.toNanos(), TimeUnit.NANOSECONDS);
      return;
    }
  }

  private boolean write(Pending p) {
    try {
      byte[] frame = BgapiCodec.encode(p.command);
      if (BgapiTraffic.enabled()) {
        traffic.sent(p.command, frame);
      }
      link.send(frame, 0, frame.length);
      return true;
    } catch (RuntimeException e) {
      synchronized (this) {
        if (outstanding == p) {
          outstanding = null;
        }
      }
      BleException failure =
          e instanceof BleException b
              ? b
              : new AdapterUnavailableException(
                  "could not send " + MessageNames.of(p.command) + ": " + e, e);
      p.future.completeExceptionally(failure);
      return false;
    }
  }

  private void timeout(Pending p) {
    synchronized (this) {
      if (outstanding != p) {
        return;
      }
      outstanding = null;
      owe(p.command, p.timeout);
    }
    LOG.warn("no response to {} within {} ms", MessageNames.of(p.command), p.timeout.toMillis());
    p.future.completeExceptionally(
        new BleTimeoutException("response to " + MessageNames.of(p.command), p.timeout));
    pump();
  }

  /** One queued command. */
  private static final class Pending {
    final BgapiMessage command;
    final Duration timeout;
    final boolean expectsResponse;
    final CompletableFuture<BgapiMessage> future = new CompletableFuture<>();
    volatile ScheduledFuture<?> timeoutTask;

    Pending(BgapiMessage command, Duration timeout, boolean expectsResponse) {
      this.command = command;
      this.timeout = timeout;
      this.expectsResponse = expectsResponse;
    }
  }
}
