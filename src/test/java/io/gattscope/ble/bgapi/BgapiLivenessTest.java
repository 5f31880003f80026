package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import io.gattscope.ble.sim.world.MotionSensor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dongle resetting itself or falling silent is noticed and reported as the adapter lost. */
class BgapiLivenessTest {

  @Test
  void theFirstUnexpectedBootLosesTheAdapterAndItsLinks() throws Exception {
    try (SimFixture f = new SimFixture()) {
      BleDevice imu = f.connect(MotionSensor.ADDRESS);
      imu.discover();
      var sub = imu.subscribe(CharacteristicRef.handle(MotionSensor.MOTION), (h, v, t) -> {});
      CompletableFuture<Throwable> lost = new CompletableFuture<>();
      f.backend.addAdapterListener((b, cause) -> lost.complete(cause));

      f.sim.injectGarbage(BgapiCodec.encode(new SystemMessages.BootEvent(1, 3, 2, 0x55, 3, 1, 2)));

      Throwable cause = lost.get(10, TimeUnit.SECONDS);
      assertThat(cause).hasMessageContaining("reset itself");
      assertThat(imu.state()).isEqualTo(ConnectionState.DISCONNECTED);
      assertThat(f.backend.isRunning()).isFalse();
      assertThatThrownBy(() -> imu.read(CharacteristicRef.handle(MotionSensor.MOTION)))
          .isInstanceOf(BleException.class);
      sub.close();
    }
  }

  @Test
  void aDongleThatFallsSilentIsReportedLost() throws Exception {
    try (SimFixture f = new SimFixture()) {
      CompletableFuture<Throwable> lost = new CompletableFuture<>();
      f.backend.addAdapterListener((b, cause) -> lost.complete(cause));
      f.sim.setMuted(true);
      Throwable cause = lost.get(15, TimeUnit.SECONDS);
      assertThat(cause).hasMessageContaining("stopped answering");
      assertThat(f.backend.isRunning()).isFalse();
    }
  }

  @Test
  void losingTheAdapterDuringAScanEndsTheScanWithAnError() {
    try (SimFixture f = new SimFixture()) {
      CompletableFuture.runAsync(
          f.sim::unplug, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
      assertThatThrownBy(() -> f.backend.scan(ScanOptions.defaults(Duration.ofSeconds(30))))
          .isInstanceOf(AdapterUnavailableException.class);
    }
  }
}
