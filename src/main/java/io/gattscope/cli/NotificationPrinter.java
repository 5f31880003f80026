package io.gattscope.cli;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Uuids;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Prints each notification as one line (text or JSON) and signals when the count is reached. */
final class NotificationPrinter implements NotificationListener {
  private final BaseCommand command;
  private final Vocabulary.ValueCodec codec;
  private final Long limit;
  private final CountDownLatch end = new CountDownLatch(1);
  private final AtomicLong received = new AtomicLong();
  private final Instant wallStart = Instant.now();
  private final long nanoStart = System.nanoTime();
  private volatile GattCharacteristic characteristic;
  private volatile long firstNanos;
  private volatile long lastNanos;

  NotificationPrinter(BaseCommand command, Vocabulary.ValueCodec codec, Long limit) {
    this.command = command;
    this.codec = codec;
    this.limit = limit;
  }

  void describe(GattCharacteristic c) {
    this.characteristic = c;
  }

  String label() {
    GattCharacteristic c = characteristic;
    return c == null
        ? "?"
        : String.format(Locale.ROOT, "%s (handle 0x%04X)", Uuids.format(c.uuid()), c.valueHandle());
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    long n = received.incrementAndGet();
    if (limit != null && n > limit) {
      return;
    }
    if (n == 1) {
      firstNanos = timestampNanos;
    }
    lastNanos = timestampNanos;
    Instant at = wallStart.plusNanos(timestampNanos - nanoStart);
    String text = codec.format(value);
    if (command.json()) {
      command.printJson(
          BaseCommand.object()
              .put("time", at.toString())
              .put("handle", valueHandle)
              .put("value", text)
              .put("hex", Vocabulary.codec("hex").format(value)));
    } else {
      synchronized (command.out()) {
        command.out().println(at + "  " + text);
      }
    }
    if (limit != null && n == limit) {
      stop();
    }
  }

  /** Ends the wait (count reached, Ctrl-C or link lost). */
  void stop() {
    end.countDown();
  }

  /** Waits until stopped or until the limit passes (no limit: until stopped). */
  void awaitEnd(Duration limit) throws InterruptedException {
    if (limit == null) {
      end.await();
    } else {
      end.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  long shown() {
    return limit == null ? received.get() : Math.min(limit, received.get());
  }

  String summary() {
    long n = shown();
    return "Received "
        + n
        + " value(s)"
        + (n > 1 ? ", " + SubscribeCommand.rate(n - 1, lastNanos - firstNanos) : "");
  }
}
