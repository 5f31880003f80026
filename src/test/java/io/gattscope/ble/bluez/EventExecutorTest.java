package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A stalled listener thread drops tasks; only notification deliveries count as notifications. */
class EventExecutorTest {

  @Test
  void dropsOfNotificationTasksAreCountedAndOtherEventsAreNot() throws Exception {
    AtomicLong droppedNotifications = new AtomicLong();
    ExecutorService events = EventExecutor.create("test", droppedNotifications);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicLong delivered = new AtomicLong();
    events.execute(
        () -> {
          running.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < EventExecutor.CAPACITY + 7; i++) {
      events.execute(EventExecutor.notification(delivered::incrementAndGet));
    }
    for (int i = 0; i < 3; i++) {
      events.execute(() -> {});
    }
    assertThat(droppedNotifications.get()).isEqualTo(7);
    release.countDown();
    events.shutdown();
    assertThat(events.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    assertThat(delivered.get()).isEqualTo(EventExecutor.CAPACITY);
  }
}
