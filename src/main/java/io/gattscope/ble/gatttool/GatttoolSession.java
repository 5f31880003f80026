package io.gattscope.ble.gatttool;

import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.NotConnectedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running {@code gatttool -I} process: types commands one exchange at a time (later ones wait
 * in a bounded queue), reads its output line by line on its own thread, routes answers to the
 * current exchange and notifications to the listener, and fails everything at once when the process
 * or the link ends.
 */
final class GatttoolSession {
  private static final Logger LOG = LoggerFactory.getLogger(GatttoolSession.class);

  /** What the session tells its owner; called on the reader thread, must not block. */
  interface Events {
    /** A notification or indication line arrived. */
    void onNotification(OutputLine.Notification notification, long timestampNanos);

    /** The session ended (process gone, link lost, or {@link #end} called); called once. */
    void onEnded(String reason, boolean requested);

    /**
     * A line of output could not be read and was dropped; {@code notification} when it looked like
     * a notification or indication, whose value is then lost.
     */
    default void onUnreadable(String line, boolean notification) {}
  }

  private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  private record Pending(Exchange<?> exchange, Duration timeout) {}

  private final Process process;
  private final String name;
  private final ScheduledExecutorService timers;
  private final Executor completions;
  private final Events events;
  private final int maxQueued;
  private final OutputStream stdin;
  private final Deque<Pending> queue = new ArrayDeque<>();
  private Pending current;
  private ScheduledFuture<?> currentTimer;
  private String endReason;
  private boolean endRequested;
  private long unreadable;
  private long lastWarn;

  GatttoolSession(
      Process process,
      String name,
      ScheduledExecutorService timers,
      Executor completions,
      Events events,
      int maxQueued) {
    this.process = process;
    this.name = name;
    this.timers = timers;
    this.completions = completions;
    this.events = events;
    this.maxQueued = maxQueued;
    this.stdin = process.getOutputStream();
  }

  /** Starts the reader thread. */
  void start() {
    Thread t = new Thread(this::readLoop, "gatttool-reader-" + name);
    t.setDaemon(true);
    t.start();
  }

  /** Whether the process is still there and the session has not ended. */
  synchronized boolean isOpen() {
    return endReason == null;
  }

  /** Queues an exchange; its future fails at once when the session has ended. */
  <T> CompletableFuture<T> submit(Exchange<T> exchange, Duration timeout) {
    synchronized (this) {
      if (endReason != null) {
        exchange.result.completeExceptionally(
            new NotConnectedException(exchange.operation + " failed: " + endReason));
      } else if (queue.size() >= maxQueued) {
        exchange.result.completeExceptionally(
            new BleException(
                exchange.operation
                    + " refused: "
                    + maxQueued
                    + " operations are already waiting on "
                    + name));
      } else {
        queue.add(new Pending(exchange, timeout));
        if (current == null) {
          startNext();
        }
      }
    }
    return exchange.result;
  }

  /**
   * Ends the session: types {@code exit}, fails what is pending; completes when the process is
   * gone.
   */
  CompletableFuture<Void> end(String reason) {
    synchronized (this) {
      endRequested = true;
    }
    try {
      write(List.of("disconnect", "exit"));
    } catch (IOException e) {
      LOG.debug("{}: exit not delivered: {}", name, e.toString());
    }
    finish(reason);
    return process
        .onExit()
        .orTimeout(2, TimeUnit.SECONDS)
        .exceptionally(t -> destroy())
        .thenCompose(Process::onExit)
        .thenApply(p -> null);
  }

  private Process destroy() {
    process.destroyForcibly();
    return process;
  }

  private void startNext() {
    current = queue.poll();
    if (current == null) {
      return;
    }
    Pending p = current;
    currentTimer = timers.schedule(() -> onTimeout(p), p.timeout.toNanos(), TimeUnit.NANOSECONDS);
    try {
      write(p.exchange.commands());
    } catch (IOException e) {
      timers.execute(() -> finish("cannot write to gatttool: " + e.getMessage()));
    }
  }

  private void write(List<String> lines) throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l).append('\n'));
    LOG.debug("{} <- {}", name, lines);
    if (GatttoolTraffic.enabled()) {
      lines.forEach(l -> GatttoolTraffic.sent(name, l));
    }
    synchronized (stdin) {
      stdin.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
      stdin.flush();
    }
  }

  private void readLoop() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1))) {
      String raw;
      while ((raw = in.readLine()) != null) {
        for (String piece : TerminalText.pieces(raw)) {
          if (GatttoolTraffic.enabled()) {
            GatttoolTraffic.received(name, piece);
          }
          readPiece(piece);
        }
      }
    } catch (IOException e) {
      LOG.debug("{}: output closed: {}", name, e.toString());
    } catch (RuntimeException | Error e) {
      LOG.error("{}: the gatttool reader failed; ending the session", name, e);
      process.destroy();
      finish("the gatttool reader failed: " + e);
      return;
    }
    Integer code = null;
    try {
      if (process.waitFor(2, TimeUnit.SECONDS)) {
        code = process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    finish("the gatttool process ended" + (code == null ? "" : " (exit code " + code + ")"));
  }

  private void readPiece(String piece) {
    OutputLine line;
    try {
      line = OutputParser.parse(piece);
    } catch (RuntimeException e) {
      unreadable(piece, e.getMessage());
      return;
    }
    if (line instanceof OutputLine.Other) {
      unreadable(piece, "not a line gatttool is known to print");
      return;
    }
    try {
      onLine(line);
    } catch (RuntimeException e) {
      LOG.warn("{}: could not handle output '{}': {}", name, shortened(piece), e.toString());
    }
  }

  /** Counts and reports a dropped line: a WARN for the first, then at most one every 10 s. */
  private void unreadable(String piece, String why) {
    String trimmed = piece.strip();
    boolean notification = trimmed.startsWith("Notification") || trimmed.startsWith("Indication");
    events.onUnreadable(piece, notification);
    unreadable++;
    long now = System.nanoTime();
    if (unreadable == 1 || now - lastWarn >= WARN_EVERY_NANOS) {
      lastWarn = now;
      LOG.warn(
          "{}: dropped unreadable gatttool output '{}' ({}); {} line(s) dropped so far",
          name,
          shortened(piece),
          why,
          unreadable);
    } else {
      LOG.debug("{}: dropped unreadable gatttool output '{}' ({})", name, shortened(piece), why);
    }
  }

  private static String shortened(String piece) {
    return piece.length() <= 120 ? piece : piece.substring(0, 120) + "… (" + piece.length() + ")";
  }

  private void onLine(OutputLine line) {
    if (line instanceof OutputLine.Notification n) {
      events.onNotification(n, System.nanoTime());
    } else if (line instanceof OutputLine.Echo e) {
      LOG.trace("{}: echo {}", name, e.text());
    } else if (line instanceof OutputLine.Other o) {
      LOG.debug("{}: {}", name, o.text());
    } else if (line instanceof OutputLine.LinkLost l) {
      finish("gatttool lost the link: " + l.text());
    } else if (line instanceof OutputLine.Failure f) {
      onFailure(f);
    } else {
      onAnswer(line);
    }
  }

  private void onFailure(OutputLine.Failure f) {
    BleException error;
    synchronized (this) {
      if (current == null) {
        if (f.commandFailed() && f.text().startsWith("Disconnected")) {
          error = new NotConnectedException("gatttool is no longer connected");
        } else {
          LOG.warn("{}: unexpected gatttool error: {}", name, f.text());
          return;
        }
      } else {
        error = ErrorTranslator.translate(f, current.exchange.operation, current.exchange.handle);
        settle(current, null, error);
      }
    }
    if (error instanceof NotConnectedException) {
      finish("the link is down (" + f.text() + ")");
    }
  }

  private void onAnswer(OutputLine line) {
    List<String> send;
    synchronized (this) {
      if (current == null) {
        LOG.debug("{}: answer with no command pending: {}", name, line);
        return;
      }
      Exchange.Step<?> step = current.exchange.onLine(line);
      send = step.send();
      if (step.finished()) {
        settle(current, step.value(), null);
      }
    }
    try {
      write(send);
    } catch (IOException e) {
      finish("cannot write to gatttool: " + e.getMessage());
    }
  }

  /** Completes an exchange off the reader thread and starts the next one (holding the lock). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void settle(Pending p, Object value, Throwable error) {
    if (current != p) {
      return;
    }
    currentTimer.cancel(false);
    current = null;
    CompletableFuture f = p.exchange.result;
    completions.execute(
        () -> {
          if (error != null) {
            f.completeExceptionally(error);
          } else {
            f.complete(value);
          }
        });
    if (endReason == null) {
      startNext();
    }
  }

  private void onTimeout(Pending p) {
    synchronized (this) {
      if (current != p) {
        return;
      }
      settle(
          p,
          null,
          new BleTimeoutException("gatttool's answer to " + p.exchange.operation, p.timeout));
    }
    finish(
        "no answer to "
            + p.exchange.operation
            + " within "
            + p.timeout.toMillis()
            + " ms; a late ATT answer could not be told apart, so the session was closed");
  }

  /** Marks the session ended, fails the current and queued exchanges, tells the owner once. */
  private void finish(String reason) {
    boolean requested;
    List<Pending> failed = new ArrayList<>();
    synchronized (this) {
      if (endReason != null) {
        return;
      }
      endReason = reason;
      requested = endRequested;
      if (current != null) {
        currentTimer.cancel(false);
        failed.add(current);
        current = null;
      }
      failed.addAll(queue);
      queue.clear();
    }
    LOG.debug("{}: session ended: {}", name, reason);
    for (Pending p : failed) {
      NotConnectedException e =
          new NotConnectedException(p.exchange.operation + " failed: " + reason);
      completions.execute(() -> p.exchange.result.completeExceptionally(e));
    }
    if (!requested) {
      process.destroy();
    }
    try {
      events.onEnded(reason, requested);
    } catch (RuntimeException e) {
      LOG.warn("{}: end handler failed", name, e);
    }
  }
}
