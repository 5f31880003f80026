package io.gattscope.ble.bluez;

import io.gattscope.ble.BackendException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs one device's GATT operations one at a time, in call order, each with its own timeout. At
 * most {@value #CAPACITY} operations wait; results are completed on the device's event executor so
 * callers' continuations never run on D-Bus threads.
 */
final class OperationQueue {
  static final int CAPACITY = 256;

  private final BluezBus bus;
  private final Executor events;
  private final Deque<Op<?>> pending = new ArrayDeque<>();
  private Op<?> running;
  private RuntimeException closed;

  private static final class Op<T> {
    final String what;
    final Duration timeout;
    final Supplier<CompletableFuture<T>> action;
    final CompletableFuture<T> result = new CompletableFuture<>();

    Op(String what, Duration timeout, Supplier<CompletableFuture<T>> action) {
      this.what = what;
      this.timeout = timeout;
      this.action = action;
    }
  }

  OperationQueue(BluezBus bus, Executor events) {
    this.bus = bus;
    this.events = events;
  }

  /** Queues an operation; the action starts when every earlier one has finished. */
  <T> CompletableFuture<T> submit(
      String what, Duration timeout, Supplier<CompletableFuture<T>> action) {
    Op<T> op = new Op<>(what, timeout, action);
    synchronized (this) {
      if (closed != null) {
        return CompletableFuture.failedFuture(closed);
      }
      if (pending.size() >= CAPACITY) {
        return CompletableFuture.failedFuture(
            new BackendException(
                what + " refused: " + CAPACITY + " operations already wait", 0, "QueueFull", null));
      }
      pending.add(op);
    }
    op.result.whenComplete((v, e) -> finished(op));
    pump();
    return op.result;
  }

  /** Fails every waiting and running operation now, and every later one at once. */
  void close(RuntimeException cause) {
    Deque<Op<?>> failing;
    synchronized (this) {
      closed = cause;
      failing = new ArrayDeque<>(pending);
      pending.clear();
      if (running != null) {
        failing.addFirst(running);
      }
    }
    failing.forEach(op -> op.result.completeExceptionally(cause));
  }

  private void finished(Op<?> op) {
    synchronized (this) {
      if (running != op) {
        pending.remove(op);
        return;
      }
      running = null;
    }
    pump();
  }

  private void pump() {
    Op<?> next;
    synchronized (this) {
      if (running != null || pending.isEmpty()) {
        return;
      }
      next = pending.poll();
      running = next;
    }
    start(next);
  }

  private <T> void start(Op<T> op) {
    if (op.result.isDone()) {
      finished(op);
      return;
    }
    CompletableFuture<T> f;
    try {
      f = bus.within(op.action.get(), op.timeout, op.what);
    } catch (RuntimeException e) {
      f = CompletableFuture.failedFuture(e);
    }
    f.whenComplete(
        (v, e) ->
            events.execute(
                () -> {
                  if (e == null) {
                    op.result.complete(v);
                  } else {
                    op.result.completeExceptionally(e);
                  }
                }));
  }
}
