package io.gattscope.ble.snapshot;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/** Follows one snapshot capture: tells a listener how far it is and cancels it on request. */
public final class CaptureProgress {
  private final Listener listener;
  private final CompletableFuture<Void> cancelled = new CompletableFuture<>();

  /** The steps of a capture, in the order they run. */
  public enum Phase {
    /** Discovering the GATT table; done and total are 0. */
    DISCOVERING,
    /** Recording notifications and indications; done and total are milliseconds. */
    RECORDING,
    /** Reading values and descriptors; done and total count the attributes to read. */
    READING
  }

  /** Hears the progress of a capture, on the capturing thread. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called when a phase starts and each time it moves on.
     *
     * @param phase the step running now
     * @param done how much of it is done (attributes read, or milliseconds recorded)
     * @param total how much there is in all (attributes to read, or milliseconds to record)
     */
    void onProgress(Phase phase, int done, int total);
  }

  /**
   * Follows a capture with a listener.
   *
   * @param listener hears every step; not null
   */
  public CaptureProgress(Listener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Follows a capture without telling anyone, so it can still be cancelled.
   *
   * @return a progress whose listener ignores every step
   */
  public static CaptureProgress silent() {
    return new CaptureProgress((phase, done, total) -> {});
  }

  /**
   * Asks the capture to stop: it ends with a {@link CancellationException} after the read in
   * progress, or at once while recording; subscriptions it made are closed.
   */
  public void cancel() {
    cancelled.complete(null);
  }

  /**
   * Whether {@link #cancel()} was called.
   *
   * @return true once cancelled
   */
  public boolean isCancelled() {
    return cancelled.isDone();
  }

  /** Completes when the capture is cancelled, for waits that must wake at once. */
  CompletableFuture<Void> cancelledSignal() {
    return cancelled;
  }

  /** Reports a step, after checking that the capture was not cancelled. */
  void report(Phase phase, int done, int total) {
    check();
    listener.onProgress(phase, done, total);
  }

  /** Throws when the capture was cancelled. */
  void check() {
    if (isCancelled()) {
      throw new CancellationException("the snapshot capture was cancelled");
    }
  }
}
