package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ShutdownHooks;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shape {@code subscribe} and {@code console} share around their stream: Ctrl-C ends it and
 * waits for the clean-up (unsubscribe, disconnect), a watch on the link ends it when the device
 * disconnects, and that loss, unless Ctrl-C came first, fails the command.
 */
final class Streaming implements AutoCloseable {
  private static final Duration CLEANUP_GRACE = Duration.ofSeconds(5);

  private final Runnable stop;
  private final AtomicBoolean interrupted = new AtomicBoolean();
  private final AtomicReference<DisconnectReason> lost = new AtomicReference<>();
  private final CountDownLatch cleaned = new CountDownLatch(1);
  private final Registration hook;

  /** What runs while the stream is open, until it ends. */
  @FunctionalInterface
  interface Body {
    /** Runs with the subscription open; returns when the stream should end. */
    void run() throws Exception;
  }

  /** Installs the Ctrl-C hook; {@code stop} ends the stream (it may run on any thread). */
  Streaming(Runnable stop) {
    this.stop = stop;
    this.hook =
        ShutdownHooks.add(
            () -> {
              interrupted.set(true);
              stop.run();
              awaitQuietly(cleaned);
            });
  }

  /** A watch that records why the link went and ends the stream. */
  ConnectionListener lossWatcher() {
    return new ConnectionListener() {
      @Override
      public void onDisconnected(BleDevice d, DisconnectReason reason) {
        lost.compareAndSet(null, reason);
        stop.run();
      }
    };
  }

  /**
   * Subscribes to a value handle with {@code watcher} on the link, runs {@code body}, then
   * unsubscribes and removes the watcher.
   */
  static void subscribed(
      BleDevice d,
      int valueHandle,
      SubscriptionType type,
      NotificationListener listener,
      ConnectionListener watcher,
      Body body)
      throws Exception {
    try (Registration watch = d.addConnectionListener(watcher);
        Subscription sub = d.subscribe(CharacteristicRef.handle(valueHandle), type, listener)) {
      body.run();
    }
  }

  /** Whether Ctrl-C (or the JVM's shutdown) ended the stream. */
  boolean interrupted() {
    return interrupted.get();
  }

  /** Fails when the device disconnected and Ctrl-C had not ended the stream first. */
  void checkLink() throws NotConnectedException {
    DisconnectReason reason = lost.get();
    if (reason != null && !interrupted.get()) {
      throw new NotConnectedException("the device disconnected: " + reason);
    }
  }

  /** The clean-up is over: lets a waiting Ctrl-C hook go on and removes the hook. */
  @Override
  public void close() {
    cleaned.countDown();
    hook.close();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(CLEANUP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
