package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.SubscriptionType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BluezTimeoutTest {
  private FakeBluezFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void connectThatNeverResolvesServicesTimesOutAndHangsUp() throws Exception {
    f.device.resolveServices(false);
    assertThatThrownBy(
            () ->
                f.backend.connect(
                    BleAddress.parse(FakeBluezFixture.MAC),
                    ConnectOptions.defaults().withTimeout(Duration.ofMillis(300))))
        .isInstanceOf(BleTimeoutException.class)
        .hasMessageContaining("connection to " + FakeBluezFixture.MAC);
    assertThat(f.backend.connectedDevices()).isEmpty();
    String path = "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_01";
    f.backend
        .tree()
        .await(path, BluezApi.DEVICE, p -> Boolean.FALSE.equals(p.get("Connected")))
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void aCallThatGetsNoAnswerTimesOutAndTheQueueMovesOn() throws Exception {
    BleDevice d =
        f.backend.connect(
            BleAddress.parse(FakeBluezFixture.MAC),
            ConnectOptions.defaults().withOperationTimeout(Duration.ofMillis(300)));
    CountDownLatch gate = new CountDownLatch(1);
    f.measurement.holdReads(gate);
    try {
      CompletableFuture<byte[]> stuck = d.readHandleAsync(0x000e);
      f.control.value(new byte[] {3});
      CompletableFuture<byte[]> next = d.readHandleAsync(0x0011);
      assertThatThrownBy(() -> stuck.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(BleTimeoutException.class)
          .hasMessageContaining("read of handle 0x000E");
      assertThat(next.get(5, TimeUnit.SECONDS)).containsExactly(3);
    } finally {
      gate.countDown();
    }
  }

  @Test
  void listenersRunOnTheDeviceThreadNotOnDbusThreads() throws Exception {
    BleDevice d = f.connect();
    CompletableFuture<String> thread = new CompletableFuture<>();
    d.subscribe(
        CharacteristicRef.handle(0x000e),
        SubscriptionType.NOTIFY,
        (h, v, t) -> thread.complete(Thread.currentThread().getName()));
    f.measurement.notifyValue(new byte[] {1});
    assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("bluez " + FakeBluezFixture.MAC);
    CompletableFuture<String> completion = new CompletableFuture<>();
    CountDownLatch gate = new CountDownLatch(1);
    f.measurement.holdReads(gate);
    d.readHandleAsync(0x000e).thenRun(() -> completion.complete(Thread.currentThread().getName()));
    gate.countDown();
    assertThat(completion.get(5, TimeUnit.SECONDS)).isEqualTo("bluez " + FakeBluezFixture.MAC);
  }
}
