package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.testsupport.Waits;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A stalled listener thread drops work; only dropped notification deliveries count as such. */
class DeviceThreadsTest {

  @Test
  void droppedNotificationsCountsOnlyNotificationDeliveriesLostToAFullQueue() throws Exception {
    DeviceThreads threads = new DeviceThreads("test");
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicLong delivered = new AtomicLong();
    threads.events(
        () -> {
          running.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    int queue = 8192;
    for (int i = 0; i < queue + 10; i++) {
      threads.notification(delivered::incrementAndGet);
    }
    for (int i = 0; i < 5; i++) {
      threads.events(() -> {});
    }
    assertThat(threads.droppedNotifications()).isEqualTo(10);
    release.countDown();
    threads.shutdown();
    Waits.waitFor(() -> delivered.get() >= queue);
    assertThat(delivered.get()).isEqualTo(queue);
    threads.notification(delivered::incrementAndGet);
    assertThat(threads.droppedNotifications()).as("not counted after shutdown").isEqualTo(10);
  }
}
