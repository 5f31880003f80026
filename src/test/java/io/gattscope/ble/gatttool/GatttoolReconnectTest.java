package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.ReconnectPolicy;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.WriteType;
import io.gattscope.testsupport.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gatttool device survives its process: a new gatttool, notifications enabled again. */
class GatttoolReconnectTest {
  private static final BleAddress PEER = BleAddress.parse("C0:11:22:33:44:55");
  @TempDir Path dir;
  private GatttoolBackend backend;
  private final List<Integer> values = new CopyOnWriteArrayList<>();
  private final CompletableFuture<DisconnectReason> lost = new CompletableFuture<>();
  private final CompletableFuture<Throwable> gaveUp = new CompletableFuture<>();
  private final CountDownLatch reconnected = new CountDownLatch(1);
  private final List<Integer> attempts = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.stop();
    }
  }

  private BleDevice connect(int maxAttempts) {
    backend =
        new GatttoolBackend(
            FakeTools.settings(dir, Map.of("FAKE_GATTTOOL_AWAY", dir.resolve("away").toString())));
    backend.start();
    BleDevice d =
        backend.connect(
            PEER,
            ConnectOptions.defaults()
                .withTimeout(Duration.ofSeconds(10))
                .withOperationTimeout(Duration.ofSeconds(5))
                .withReconnect(
                    ReconnectPolicy.automatic(maxAttempts)
                        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(100))));
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onLinkLost(BleDevice device, DisconnectReason reason) {
            lost.complete(reason);
          }

          @Override
          public void onReconnecting(BleDevice device, int attempt) {
            attempts.add(attempt);
          }

          @Override
          public void onReconnected(BleDevice device) {
            reconnected.countDown();
          }

          @Override
          public void onGaveUp(BleDevice device, Throwable lastFailure) {
            gaveUp.complete(lastFailure);
          }
        });
    return d;
  }

  private void killTheProcess(BleDevice d) {
    d.writeAsync(
        CharacteristicRef.handle(0x0012), new byte[] {(byte) 0xDE, (byte) 0xAD}, WriteType.REQUEST);
  }

  @Test
  void aDeadProcessIsRestartedAndTheSameSubscriptionResumes() throws Exception {
    BleDevice d = connect(5);
    Subscription sub =
        d.subscribe(CharacteristicRef.handle(0x0008), (h, v, t) -> values.add(v[0] & 0xFF));
    Waits.waitFor(() -> values.size() >= 5);
    killTheProcess(d);
    lost.get(10, TimeUnit.SECONDS);
    int before = values.size();
    assertThat(reconnected.await(20, TimeUnit.SECONDS)).isTrue();
    Waits.waitFor(() -> values.size() >= before + 5);
    List<Integer> seen = List.copyOf(values);
    List<Integer> after = seen.subList(before, seen.size());
    assertThat(after.get(0)).isZero(); // the new process counts from 0: nothing replayed
    assertThat(after).isSorted().doesNotHaveDuplicates();
    assertThat(sub.isActive()).isTrue();
    assertThat(sub.delivered()).isGreaterThanOrEqualTo(seen.size());
    assertThat(backend.connectedDevices()).containsExactly(d);
  }

  @Test
  void aPeerOutOfRangeMakesItGiveUpAndCallsFailAtOnce() throws Exception {
    BleDevice d = connect(2);
    d.discover();
    Files.writeString(dir.resolve("away"), "");
    killTheProcess(d);
    lost.get(10, TimeUnit.SECONDS);
    assertThatThrownBy(() -> d.read(CharacteristicRef.handle(0x0003)))
        .isInstanceOf(NotConnectedException.class);
    Throwable why = gaveUp.get(20, TimeUnit.SECONDS);
    assertThat(why).hasMessageContaining("Connection refused");
    assertThat(attempts).containsExactly(1, 2);
  }
}
