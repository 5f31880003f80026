package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A capture tells its listener each step and stops when cancelled, closing its subscriptions. */
class CaptureProgressTest {
  private SimulatedAdapter adapter;
  private SimPeripheral hrm;

  record Step(CaptureProgress.Phase phase, int done, int total) {}

  @BeforeEach
  void start() {
    SimulatorConfig config = SimulatorConfig.defaults();
    hrm = config.world().byName("hrm").orElseThrow();
    adapter = SimulatedAdapter.start(config, BgapiOptions.defaults());
  }

  @AfterEach
  void stop() {
    adapter.backend().stop();
    adapter.simulator().close();
  }

  @Test
  void everyReadIsCountedAfterDiscoveryAndRecording() {
    List<Step> steps = new ArrayList<>();
    ScanResult scan = SnapshotRoundTripTest.scan(adapter.backend(), hrm);
    Snapshot s;
    try (BleDevice d = adapter.backend().connect(scan)) {
      s =
          Snapshots.capture(
              d,
              scan,
              Duration.ofMillis(600),
              new CaptureProgress((p, done, total) -> steps.add(new Step(p, done, total))));
    }
    int counted = 0;
    for (SnapshotService svc : s.services()) {
      for (SnapshotCharacteristic c : svc.characteristics()) {
        counted += ((c.properties() & 0x02) != 0 ? 1 : 0) + c.descriptors().size();
      }
    }
    int reads = counted;
    assertThat(reads).isGreaterThan(10);
    assertThat(steps.get(0)).isEqualTo(new Step(CaptureProgress.Phase.DISCOVERING, 0, 0));
    List<Step> recording =
        steps.stream().filter(x -> x.phase() == CaptureProgress.Phase.RECORDING).toList();
    assertThat(recording).isNotEmpty().allMatch(x -> x.total() == 600 && x.done() <= 600);
    assertThat(recording.get(recording.size() - 1).done()).isEqualTo(600);
    List<Step> reading =
        steps.stream().filter(x -> x.phase() == CaptureProgress.Phase.READING).toList();
    assertThat(reading).hasSize(reads + 1).allMatch(x -> x.total() == reads);
    for (int i = 0; i <= reads; i++) {
      assertThat(reading.get(i).done()).isEqualTo(i);
    }
    assertThat(steps.indexOf(reading.get(0))).isGreaterThan(steps.indexOf(recording.get(0)));
  }

  @Test
  void cancellingDuringTheReadsStopsBeforeTheNextRead() {
    List<Step> steps = new ArrayList<>();
    CaptureProgress[] progress = new CaptureProgress[1];
    progress[0] =
        new CaptureProgress(
            (p, done, total) -> {
              steps.add(new Step(p, done, total));
              if (p == CaptureProgress.Phase.READING && done == 3) {
                progress[0].cancel();
              }
            });
    ScanResult scan = SnapshotRoundTripTest.scan(adapter.backend(), hrm);
    try (BleDevice d = adapter.backend().connect(scan)) {
      assertThatThrownBy(() -> Snapshots.capture(d, scan, Duration.ZERO, progress[0]))
          .isInstanceOf(CancellationException.class)
          .hasMessage("the snapshot capture was cancelled");
      assertThat(d.state()).as("the device stays connected").isEqualTo(ConnectionState.CONNECTED);
    }
    assertThat(progress[0].isCancelled()).isTrue();
    assertThat(steps.get(steps.size() - 1).done()).isEqualTo(3);
  }

  @Test
  void cancellingWhileRecordingEndsAtOnceAndUnsubscribes() throws Exception {
    CountDownLatch recording = new CountDownLatch(1);
    CaptureProgress progress =
        new CaptureProgress(
            (p, done, total) -> {
              if (p == CaptureProgress.Phase.RECORDING) {
                recording.countDown();
              }
            });
    ScanResult scan = SnapshotRoundTripTest.scan(adapter.backend(), hrm);
    try (BleDevice d = adapter.backend().connect(scan)) {
      CompletableFuture<Snapshot> capture =
          CompletableFuture.supplyAsync(
              () -> Snapshots.capture(d, scan, Duration.ofHours(1), progress));
      assertThat(recording.await(10, TimeUnit.SECONDS)).isTrue();
      Waits.waitFor(
          () ->
              adapter
                  .simulator()
                  .notifying(HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT));
      progress.cancel();
      assertThatThrownBy(() -> capture.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CancellationException.class);
      Waits.waitFor(
          () ->
              !adapter
                  .simulator()
                  .notifying(HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT));
    }
  }
}
