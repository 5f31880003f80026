package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A listener that stalls makes the device lose notifications, and the device says how many. */
class BgapiNotificationDropsTest {

  @Test
  void aStalledListenerLosesNotificationsAndDroppedNotificationsCountsThem() throws Exception {
    BgapiOptions tinyLane =
        new BgapiOptions(Duration.ofSeconds(2), false, Duration.ofSeconds(3), 4);
    try (SimFixture f = new SimFixture(SimulatorConfig.defaults(), tinyLane)) {
      BleDevice imu = f.connect(MotionSensor.ADDRESS);
      imu.discover();
      assertThat(imu.droppedNotifications()).isZero();
      CountDownLatch release = new CountDownLatch(1);
      AtomicLong received = new AtomicLong();
      Subscription s =
          imu.subscribe(
              CharacteristicRef.handle(MotionSensor.MOTION),
              (h, v, t) -> {
                if (received.incrementAndGet() == 1) {
                  await(release);
                }
              });
      Waits.waitFor(() -> imu.droppedNotifications() >= 3);
      release.countDown();
      long dropped = imu.droppedNotifications();
      assertThat(f.backend.diagnostics().droppedCallbacks())
          .as("the backend-wide lane count includes these notification drops")
          .isGreaterThanOrEqualTo(dropped);
      long before = received.get();
      Waits.waitFor(() -> received.get() > before + 50);
      s.close();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
