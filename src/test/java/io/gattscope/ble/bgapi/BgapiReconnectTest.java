package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.ReconnectPolicy;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.sim.CounterSensor;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.ServiceUpdate;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A BGAPI device survives its links: drops, range, reboots and changed services. */
class BgapiReconnectTest {
  private static final CharacteristicRef COUNT = CounterValues.COUNT;
  private final SimulatedAdapter adapter =
      SimulatedAdapter.start(
          SimulatorConfig.defaults().withWorld(CounterSensor.world(100)), BgapiOptions.defaults());
  private final Events events = new Events();
  private final CounterValues counter = new CounterValues();

  @AfterEach
  void tearDown() {
    adapter.backend().stop();
    adapter.simulator().close();
  }

  private static ConnectOptions options(ReconnectPolicy policy) {
    return ConnectOptions.defaults()
        .withTimeout(Duration.ofMillis(500))
        .withOperationTimeout(Duration.ofSeconds(2))
        .withReconnect(policy);
  }

  private static ReconnectPolicy auto(int attempts) {
    return ReconnectPolicy.automatic(attempts)
        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
  }

  private BleDevice connect(ReconnectPolicy policy) {
    BleDevice d = adapter.backend().connect(CounterSensor.ADDRESS, options(policy));
    d.addConnectionListener(events);
    return d;
  }

  @Test
  void aDroppedLinkComesBackWithTheSameSubscriptionAndNoValueTwice() throws Exception {
    BleDevice d = connect(auto(5));
    Subscription sub = counter.stream(d);
    counter.awaitMore(10);
    adapter.faults().drop(CounterSensor.ADDRESS, 0x08);
    assertThat(events.lost.get(5, TimeUnit.SECONDS).code()).isEqualTo(0x08);
    assertThat(events.reconnected.await(10, TimeUnit.SECONDS)).isTrue();
    int before = counter.values().size();
    counter.awaitMore(10);
    assertThat(sub.isActive()).isTrue();
    assertThat(sub.delivered()).isEqualTo(counter.values().size());
    assertThat(adapter.backend().connectedDevices()).containsExactly(d);
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(before);
    assertThat(events.attempts).isNotEmpty().startsWith(1);
  }

  @Test
  void outOfRangeWithAutoReconnectGivesUpAfterTheLimit() throws Exception {
    BleDevice d = connect(auto(2));
    counter.stream(d);
    counter.awaitMore(3);
    adapter.faults().outOfRange(CounterSensor.ADDRESS, Duration.ofSeconds(3));
    events.lost.get(5, TimeUnit.SECONDS);
    Throwable why = events.gaveUp.get(10, TimeUnit.SECONDS);
    assertThat(why).isInstanceOf(BleTimeoutException.class);
    assertThat(events.attempts).containsExactly(1, 2);
    assertThat(events.reconnected.getCount()).isEqualTo(1);
  }

  @Test
  void callsDuringTheOutageFailAtOnceWithNotConnected() throws Exception {
    BleDevice d = connect(auto(1));
    d.discover();
    adapter.faults().outOfRange(CounterSensor.ADDRESS, Duration.ofSeconds(3));
    events.lost.get(5, TimeUnit.SECONDS);
    assertThatThrownBy(() -> d.read(COUNT))
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("00:07:80:5E:0C:01 is not connected")
        .hasMessageContaining("Connection Timeout");
    assertThatThrownBy(() -> d.subscribe(COUNT, (h, v, t) -> {}))
        .isInstanceOf(NotConnectedException.class);
    assertThatThrownBy(d::rssi).isInstanceOf(NotConnectedException.class);
    events.gaveUp.get(10, TimeUnit.SECONDS);
  }

  @Test
  void serviceChangedMovesTheCharacteristicAndTheSubscriptionFollows() throws Exception {
    BleDevice d = connect(ReconnectPolicy.manual());
    Subscription sub = counter.stream(d);
    int oldHandle = sub.characteristic().valueHandle();
    counter.awaitMore(5);
    adapter.faults().changeServices(CounterSensor.ADDRESS);
    GattDatabase changed = events.servicesChanged.get(5, TimeUnit.SECONDS);
    assertThat(changed.services(ServiceUpdate.SERVICE)).hasSize(1);
    assertThat(d.services()).contains(changed);
    Waits.waitFor(() -> sub.characteristic().valueHandle() == oldHandle + 3);
    counter.awaitMore(10);
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates();
    assertThat(d.read(CharacteristicRef.uuid(ServiceUpdate.VERSION)))
        .asString()
        .isEqualTo("update 1");
  }

  @Test
  void manualReconnectRestoresTheStreamOnTheSameObject() throws Exception {
    BleDevice d = connect(ReconnectPolicy.manual());
    Subscription sub = counter.stream(d);
    counter.awaitMore(3);
    adapter.faults().drop(CounterSensor.ADDRESS, 0x13);
    assertThat(events.lost.get(5, TimeUnit.SECONDS).code()).isEqualTo(0x13);
    assertThat(events.attempts).isEmpty();
    d.reconnect();
    counter.awaitMore(5);
    assertThat(sub.isActive()).isTrue();
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aRebootedDongleIsAnAdapterResetThatEndsTheLinkLoudly() throws Exception {
    BleDevice d = connect(auto(5));
    counter.stream(d);
    counter.awaitMore(3);
    adapter.faults().reboot();
    events.lost.get(5, TimeUnit.SECONDS);
    Throwable why = events.gaveUp.get(10, TimeUnit.SECONDS);
    assertThat(why).hasMessageContaining("is stopped");
    assertThatThrownBy(() -> d.read(COUNT)).isInstanceOf(BleException.class);
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void connectRetriesUntilTheDeviceIsBackInRange() throws Exception {
    adapter.faults().outOfRange(CounterSensor.ADDRESS, Duration.ofMillis(700));
    BleDevice d =
        Futures.await(
            adapter
                .backend()
                .connectAsync(CounterSensor.ADDRESS, options(ReconnectPolicy.manual()).retries(6)),
            Duration.ofSeconds(20),
            "connect");
    assertThat(d.read(COUNT)).hasSize(4);
    assertThatThrownBy(
            () ->
                adapter
                    .backend()
                    .connect(
                        BleAddress.parse("00:07:80:5E:0C:09"),
                        options(ReconnectPolicy.manual()).retries(1)))
        .isInstanceOf(BleTimeoutException.class);
  }

  @Test
  void theMtuOfABgapiDongleIsFixedAt23() {
    BleDevice d = connect(ReconnectPolicy.manual());
    assertThat(d.mtu()).isEqualTo(23);
    assertThatThrownBy(() -> d.requestMtu(247))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("BGAPI")
        .hasMessageContaining("fixed at 23");
  }

  /** Collects what connection listeners hear. */
  static final class Events implements ConnectionListener {
    final CompletableFuture<DisconnectReason> lost = new CompletableFuture<>();
    final CompletableFuture<Throwable> gaveUp = new CompletableFuture<>();
    final CompletableFuture<GattDatabase> servicesChanged = new CompletableFuture<>();
    final CountDownLatch reconnected = new CountDownLatch(1);
    final List<Integer> attempts = new CopyOnWriteArrayList<>();

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

    @Override
    public void onServicesChanged(BleDevice device, GattDatabase database) {
      servicesChanged.complete(database);
    }
  }
}
