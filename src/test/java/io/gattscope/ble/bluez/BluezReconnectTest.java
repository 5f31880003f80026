package io.gattscope.ble.bluez;

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
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bluez.Error.Failed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A BlueZ device survives its links: the same subscription resumes after a drop. */
class BluezReconnectTest {
  private FakeBluezFixture f;
  private final List<Integer> values = new CopyOnWriteArrayList<>();
  private final CompletableFuture<DisconnectReason> lost = new CompletableFuture<>();
  private final CompletableFuture<Throwable> gaveUp = new CompletableFuture<>();
  private final CountDownLatch reconnected = new CountDownLatch(1);
  private final List<Integer> attempts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    f.close();
  }

  private BleDevice connect(int attempts) {
    BleDevice d =
        f.backend.connect(
            BleAddress.parse(FakeBluezFixture.MAC),
            ConnectOptions.defaults()
                .withTimeout(Duration.ofSeconds(2))
                .withOperationTimeout(Duration.ofSeconds(2))
                .withReconnect(
                    ReconnectPolicy.automatic(attempts)
                        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(100))));
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onLinkLost(BleDevice device, DisconnectReason reason) {
            lost.complete(reason);
          }

          @Override
          public void onReconnecting(BleDevice device, int attempt) {
            BluezReconnectTest.this.attempts.add(attempt);
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

  private Subscription stream(BleDevice d) {
    return d.subscribe(
        CharacteristicRef.parse(FakeBluezFixture.HR_MEASUREMENT),
        (h, v, t) -> values.add(v[0] & 0xFF));
  }

  private void push(int from, int to) {
    for (int i = from; i < to; i++) {
      int before = values.size();
      f.measurement.notifyValue(new byte[] {(byte) i});
      Waits.waitFor(() -> values.size() > before);
    }
  }

  @Test
  void aDroppedLinkComesBackWithTheSameSubscriptionAndNoValueTwice() throws Exception {
    BleDevice d = connect(5);
    Subscription sub = stream(d);
    push(0, 5);
    f.device.linkLost();
    lost.get(5, TimeUnit.SECONDS);
    assertThat(reconnected.await(10, TimeUnit.SECONDS)).isTrue();
    Waits.waitFor(() -> f.measurement.calls().stream().filter("StartNotify"::equals).count() == 2);
    push(5, 10);
    assertThat(values).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(sub.isActive()).isTrue();
    assertThat(sub.delivered()).isEqualTo(10);
    assertThat(f.backend.connectedDevices()).containsExactly(d);
  }

  @Test
  void aPeerThatCannotBeReachedMakesItGiveUpAfterTheLimitAndCallsFailAtOnce() throws Exception {
    BleDevice d = connect(2);
    stream(d);
    f.device.failConnect(() -> new Failed("le-connection-abort-by-local"));
    f.device.linkLost();
    lost.get(5, TimeUnit.SECONDS);
    assertThatThrownBy(() -> d.read(CharacteristicRef.parse(FakeBluezFixture.HR_MEASUREMENT)))
        .isInstanceOf(NotConnectedException.class);
    Throwable why = gaveUp.get(10, TimeUnit.SECONDS);
    assertThat(why).hasMessageContaining("le-connection-abort-by-local");
    assertThat(attempts).containsExactly(1, 2);
  }

  @Test
  void theMtuIsWhatBluezNegotiated() {
    BleDevice d = connect(1);
    assertThat(d.requestMtu(247)).isEqualTo(d.mtu());
  }
}
