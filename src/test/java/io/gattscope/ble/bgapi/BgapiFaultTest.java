package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What users notice when the link, the dongle or the peer misbehaves. */
class BgapiFaultTest {
  private SimFixture f;

  @AfterEach
  void tearDown() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void aDongleThatStopsAnsweringGivesATimeoutNamingTheCommand() {
    f =
        new SimFixture(
            SimulatorConfig.defaults(),
            BgapiOptions.defaults().withCommandTimeout(Duration.ofMillis(400)));
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    f.sim.setMuted(true);
    assertThatThrownBy(() -> hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME)))
        .isInstanceOf(BleTimeoutException.class)
        .hasMessageContaining("attclient_read_by_handle");
    f.sim.setMuted(false);
    assertThat(hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME))).isNotEmpty();
  }

  @Test
  void aDisconnectDuringAReadFailsItAtOnceAndTellsListenersTheReason() throws Exception {
    f =
        new SimFixture(
            SimulatorConfig.defaults().withProcedureDelay(Duration.ofMillis(1500)),
            BgapiOptions.defaults());
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    CompletableFuture<DisconnectReason> reason = new CompletableFuture<>();
    hrm.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice d, DisconnectReason r) {
            reason.complete(r);
          }
        });
    CompletableFuture<byte[]> read = hrm.readHandleAsync(HeartRateMonitor.DEVICE_NAME);
    CompletableFuture<byte[]> queued = hrm.readHandleAsync(HeartRateMonitor.BODY_SENSOR_LOCATION);
    f.sim.dropConnection(f.sim.connections().get(0), 0x0208);
    // without the disconnect the read would be answered after 1.5 s, or time out: only the
    // disconnect fails both calls with NotConnectedException
    assertThatThrownBy(() -> read.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotConnectedException.class);
    assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(NotConnectedException.class);
    DisconnectReason r = reason.get(2, TimeUnit.SECONDS);
    assertThat(r.code()).isEqualTo(0x08);
    assertThat(r.text()).isEqualTo("Connection Timeout");
    assertThat(hrm.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThatThrownBy(() -> hrm.read(CharacteristicRef.handle(3)))
        .isInstanceOf(NotConnectedException.class);
  }

  @Test
  void unpluggingDuringASubscriptionLosesTheAdapterCleanly() throws Exception {
    f = new SimFixture();
    BleDevice imu = f.connect(MotionSensor.ADDRESS);
    imu.discover();
    AtomicInteger values = new AtomicInteger();
    imu.subscribe(
        CharacteristicRef.handle(MotionSensor.MOTION), (h, v, t) -> values.incrementAndGet());
    Waits.waitFor(() -> values.get() > 20);
    CompletableFuture<Throwable> lost = new CompletableFuture<>();
    f.backend.addAdapterListener((b, cause) -> lost.complete(cause));
    CompletableFuture<DisconnectReason> gone = new CompletableFuture<>();
    imu.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice d, DisconnectReason r) {
            gone.complete(r);
          }
        });
    f.sim.unplug();
    assertThat(lost.get(3, TimeUnit.SECONDS)).isNotNull();
    assertThat(gone.get(3, TimeUnit.SECONDS).text()).isEqualTo("Adapter lost");
    assertThat(f.backend.isRunning()).isFalse();
    assertThatThrownBy(() -> imu.read(CharacteristicRef.handle(MotionSensor.SAMPLE_RATE)))
        .isInstanceOf(NotConnectedException.class);
    assertThatThrownBy(() -> f.backend.scan(Duration.ofSeconds(1)))
        .isInstanceOf(AdapterUnavailableException.class);
    Waits.waitFor(
        () ->
            Thread.getAllStackTraces().keySet().stream()
                .noneMatch(
                    t ->
                        t.getName().startsWith("bgapi-")
                            && t.isAlive()
                            && !t.getName().startsWith("bgapi-inmemory")));
  }

  @Test
  void garbageOnTheLineIsSkippedAndCounted() {
    f = new SimFixture();
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    f.sim.injectGarbage(
        new byte[] {0x55, (byte) 0xAA, 0x13, 0x37, 0x00, 0x01, (byte) 0xFF, 0x7F, 0x42});
    assertThat(hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME))).isNotEmpty();
    f.sim.injectGarbage(new byte[] {(byte) 0x80, 0x05, 0x07});
    assertThat(hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME))).isNotEmpty();
    BgapiDiagnostics d = f.backend.diagnostics();
    assertThat(d.droppedBytes()).isGreaterThanOrEqualTo(9);
    assertThat(d.resyncs()).isPositive();
  }

  @Test
  void aConnectionStatusNoDongleSendsChangesNothingAndIsCounted() {
    f = new SimFixture();
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    ConnectionParameters before = hrm.parameters();
    int connection = f.sim.connections().get(0);
    // what a 20-byte value 80 10 03 00 00 ... spells: a status with no connection and interval 0
    byte[] spelled = new byte[20];
    spelled[0] = (byte) 0x80;
    spelled[1] = 0x10;
    spelled[2] = 0x03;
    spelled[4] = (byte) connection;
    f.sim.injectGarbage(spelled);
    assertThat(hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME))).isNotEmpty();
    assertThat(f.backend.diagnostics().malformedMessages()).isEqualTo(1);
    assertThat(hrm.parameters()).isEqualTo(before);
    assertThat(hrm.state()).isEqualTo(ConnectionState.CONNECTED);
  }

  @Test
  void stopDisconnectsEveryDeviceAndLeavesNoThreads() {
    f = new SimFixture();
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    BleDevice imu = f.connect(MotionSensor.ADDRESS);
    f.backend.stop();
    assertThat(hrm.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(imu.state()).isEqualTo(ConnectionState.DISCONNECTED);
    Waits.waitFor(() -> f.sim.connections().isEmpty());
    Waits.waitFor(
        () ->
            Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("bgapi-") && t.isAlive()));
  }
}
