package io.gattscope.ble.bgapi;

import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs one connection's GATT procedures one at a time in call order, routes the connection's
 * procedure events to the running one, and fails everything at once when the link goes down.
 */
final class ProcedureQueue {
  private final ScheduledExecutorService timer;
  private final Executor completions;
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
  private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
  private volatile EventSink<?> sink;
  private volatile BleException closedCause;

  ProcedureQueue(ScheduledExecutorService timer, Executor completions) {
    this.timer = timer;
    this.completions = completions;
  }

  /**
   * Queues a procedure body; the returned future completes off the I/O thread with the body's
   * result, or fails at once when the queue closes.
   */
  <T> CompletableFuture<T> enqueue(Supplier<CompletableFuture<T>> body) {
    CompletableFuture<T> out = new CompletableFuture<>();
    BleException closed = closedCause;
    if (closed != null) {
      return CompletableFuture.failedFuture(closed);
    }
    pending.add(out);
    synchronized (this) {
      CompletableFuture<?> previous = tail;
      tail =
          previous
              .handle((r, t) -> null)
              .thenCompose(
                  ignored -> {
                    if (out.isDone()) {
                      return CompletableFuture.completedFuture(null);
                    }
                    BleException c = closedCause;
                    if (c != null) {
                      finish(out, null, c);
                      return CompletableFuture.completedFuture(null);
                    }
                    CompletableFuture<T> f;
                    try {
                      f = body.get();
                    } catch (RuntimeException e) {
                      f = CompletableFuture.failedFuture(e);
                    }
                    return f.handle(
                        (r, t) -> {
                          finish(out, r, t);
                          return null;
                        });
                  });
    }
    return out;
  }

  private <T> void finish(CompletableFuture<T> out, T value, Throwable failure) {
    pending.remove(out);
    Throwable cause = failure == null ? null : Futures.unwrap(failure);
    completions.execute(
        () -> {
          if (cause == null) {
            out.complete(value);
          } else {
            out.completeExceptionally(cause);
          }
        });
  }

  /**
   * Installs a sink for the running procedure's events; it fails with a timeout naming what was
   * awaited when nothing ends it in time.
   */
  <T> CompletableFuture<T> await(EventSink<T> newSink, Duration timeout, String awaited) {
    BleException closed = closedCause;
    if (closed != null) {
      return CompletableFuture.failedFuture(closed);
    }
    sink = newSink;
    ScheduledFuture<?> task =
        timer.schedule(
            () -> newSink.fail(new BleTimeoutException(awaited, timeout)),
            timeout.toNanos(),
            TimeUnit.NANOSECONDS);
    newSink
        .future()
        .whenComplete(
            (r, t) -> {
              task.cancel(false);
              if (sink == newSink) {
                sink = null;
              }
            });
    if (closedCause != null) {
      newSink.fail(closedCause);
    }
    return newSink.future();
  }

  /** Offers a connection event to the running procedure; true when it took it. */
  boolean onEvent(BgapiMessage event) {
    EventSink<?> s = sink;
    return s != null && s.offer(event);
  }

  /** Fails the running procedure and everything queued, and refuses new work. */
  void close(BleException cause) {
    closedCause = cause;
    EventSink<?> s = sink;
    if (s != null) {
      s.fail(cause);
    }
    for (CompletableFuture<?> f : pending) {
      pending.remove(f);
      completions.execute(() -> f.completeExceptionally(cause));
    }
  }

  /** Collects the events of one procedure until it decides it is done. */
  abstract static class EventSink<T> {
    private final CompletableFuture<T> future = new CompletableFuture<>();

    /** Looks at an event of this connection; returns true when it belongs to this procedure. */
    abstract boolean accept(BgapiMessage event);

    /** Called with the command's successful response; procedures that end there complete here. */
    void onResponse(BgapiMessage response) {}

    final boolean offer(BgapiMessage event) {
      if (future.isDone()) {
        return false;
      }
      try {
        return accept(event);
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        return true;
      }
    }

    final void complete(T value) {
      future.complete(value);
    }

    final void fail(Throwable t) {
      future.completeExceptionally(t);
    }

    final CompletableFuture<T> future() {
      return future;
    }
  }
}
