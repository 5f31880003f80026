package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattService;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.ReconnectPolicy;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.sim.CounterSensor;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.ServiceUpdate;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a BGAPI device keeps across links, checked on the commands the simulated dongle sees: the
 * cached tree when the Database Hash is unchanged, only the changed range after Service Changed,
 * the address type and connection parameters, and nothing after close.
 */
class BgapiTreeRestoreTest {
  private static final CharacteristicRef COUNT = CounterValues.COUNT;
  private final SimulatedAdapter adapter =
      SimulatedAdapter.start(
          SimulatorConfig.defaults().withWorld(CounterSensor.world(100)), BgapiOptions.defaults());
  private final List<BgapiMessage> commands = new CopyOnWriteArrayList<>();
  private final BgapiReconnectTest.Events events = new BgapiReconnectTest.Events();
  private final CounterValues counter = new CounterValues();

  BgapiTreeRestoreTest() {
    adapter.simulator().onCommand(commands::add);
  }

  @AfterEach
  void tearDown() {
    adapter.backend().stop();
    adapter.simulator().close();
  }

  private static ConnectOptions options() {
    return ConnectOptions.defaults()
        .withTimeout(Duration.ofMillis(500))
        .withOperationTimeout(Duration.ofSeconds(2))
        .withReconnect(ReconnectPolicy.manual());
  }

  private BleDevice connect(ConnectOptions options) {
    BleDevice d = adapter.backend().connect(CounterSensor.ADDRESS, options);
    d.addConnectionListener(events);
    return d;
  }

  private <T extends BgapiMessage> List<T> seen(Class<T> type, int from) {
    return commands.subList(from, commands.size()).stream()
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  private void drop() throws Exception {
    adapter.faults().drop(CounterSensor.ADDRESS, 0x08);
    events.lost.get(5, TimeUnit.SECONDS);
  }

  @Test
  void anUnchangedDatabaseHashRestoresTheTreeWithoutDiscovery() throws Exception {
    BleDevice d = connect(options());
    GattDatabase tree = d.discover();
    int hashHandle = tree.resolve(CharacteristicRef.uuid(Uuids.fromShort(0x2B2A))).valueHandle();
    Subscription sub = counter.stream(d);
    counter.awaitMore(3);
    drop();
    int mark = commands.size();
    d.reconnect();
    counter.awaitMore(5);

    assertThat(seen(AttclientMessages.ReadByGroupType.class, mark)).isEmpty();
    assertThat(seen(AttclientMessages.ReadByType.class, mark)).isEmpty();
    assertThat(seen(AttclientMessages.ReadByHandle.class, mark))
        .extracting(AttclientMessages.ReadByHandle::chrhandle)
        .contains(hashHandle);
    assertThat(d.services()).contains(tree);
    assertThat(sub.isActive()).isTrue();
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aChangedDatabaseHashDiscoversAgainAndTheSubscriptionFollows() throws Exception {
    BleDevice d = connect(options());
    GattDatabase tree = d.discover();
    Subscription sub = counter.stream(d);
    int oldHandle = sub.characteristic().valueHandle();
    counter.awaitMore(3);
    drop();
    // the firmware changes while nobody is connected: no Service Changed, only the hash tells
    adapter.faults().changeServices(CounterSensor.ADDRESS);
    int mark = commands.size();
    d.reconnect();
    counter.awaitMore(5);

    assertThat(seen(AttclientMessages.ReadByGroupType.class, mark)).isNotEmpty();
    GattDatabase now = d.services().orElseThrow();
    assertThat(now).isNotEqualTo(tree);
    assertThat(now.services(ServiceUpdate.SERVICE)).hasSize(1);
    assertThat(sub.characteristic().valueHandle()).isGreaterThan(oldHandle);
    assertThat(sub.isActive()).isTrue();
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void serviceChangedDiscoversOnlyTheIndicatedRangeAndKeepsTheRest() throws Exception {
    BleDevice d = connect(options());
    GattDatabase tree = d.discover();
    GattService first = tree.services().get(0);
    Subscription sub = counter.stream(d);
    int oldHandle = sub.characteristic().valueHandle();
    counter.awaitMore(3);
    int mark = commands.size();
    ServiceUpdate.Result r = adapter.faults().changeServices(CounterSensor.ADDRESS);
    GattDatabase changed = events.servicesChanged.get(5, TimeUnit.SECONDS);
    Waits.waitFor(() -> sub.characteristic().valueHandle() != oldHandle);
    counter.awaitMore(5);

    List<AttclientMessages.ReadByGroupType> groups =
        seen(AttclientMessages.ReadByGroupType.class, mark);
    assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat(g.start()).isEqualTo(r.start()));
    assertThat(seen(AttclientMessages.ReadByType.class, mark))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.start()).isGreaterThanOrEqualTo(r.start()));
    assertThat(first.endHandle()).isLessThan(r.start());
    assertThat(changed.services().get(0)).isEqualTo(first);
    assertThat(changed.services(ServiceUpdate.SERVICE)).hasSize(1);
    assertThat(d.services()).contains(changed);
    assertThat(d.read(CharacteristicRef.uuid(ServiceUpdate.VERSION)))
        .asString()
        .isEqualTo("update 1");
    assertThat(counter.values()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aReconnectUsesTheSameAddressTypeAndConnectionParameters() throws Exception {
    ConnectOptions custom =
        new ConnectOptions(
                AddressType.PUBLIC,
                Duration.ofMillis(30),
                Duration.ofMillis(45),
                Duration.ofMillis(2000),
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(2))
            .withReconnect(ReconnectPolicy.manual());
    BleDevice d = connect(custom);
    counter.stream(d);
    counter.awaitMore(3);
    drop();
    d.reconnect();
    counter.awaitMore(3);

    List<GapMessages.ConnectDirect> connects = seen(GapMessages.ConnectDirect.class, 0);
    assertThat(connects).hasSize(2);
    GapMessages.ConnectDirect first = connects.get(0);
    assertThat(first.address()).isEqualTo(CounterSensor.ADDRESS);
    assertThat(first.addrType()).isEqualTo(AddressType.PUBLIC.code());
    assertThat(first.connIntervalMin()).isEqualTo(24); // 30 ms in 1.25 ms units
    assertThat(first.connIntervalMax()).isEqualTo(36); // 45 ms
    assertThat(first.timeout()).isEqualTo(200); // 2 s in 10 ms units
    assertThat(first.latency()).isEqualTo(3);
    assertThat(connects.get(1)).isEqualTo(first);
    assertThat(d.parameters().latency()).isEqualTo(3);
  }

  @Test
  void closingADeviceWhoseLinkDroppedForgetsItAndItsSubscriptions() throws Exception {
    BleDevice d = connect(options());
    Subscription sub = counter.stream(d);
    counter.awaitMore(3);
    drop();
    d.close();

    assertThat(sub.isActive()).isFalse();
    int mark = commands.size();
    assertThatThrownBy(d::reconnect)
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("closed");
    assertThat(seen(GapMessages.ConnectDirect.class, mark)).isEmpty();
    assertThat(adapter.backend().connectedDevices()).isEmpty();
    BleDevice again = adapter.backend().connect(CounterSensor.ADDRESS, options());
    assertThat(again).isNotSameAs(d);
    assertThat(again.services()).isEmpty();
    assertThat(sub.isActive()).isFalse();
  }

  @Test
  void aRangeIsDiscoveredThroughTheApiAndBadRangesAreRefused() {
    BleDevice d = connect(options());
    GattDatabase tree = d.discover();
    GattService counter = tree.services(CounterSensor.SERVICE).get(0);
    int mark = commands.size();

    GattDatabase again =
        Futures.await(
            d.discoverRangeAsync(tree, counter.startHandle(), counter.endHandle()),
            Duration.ofSeconds(5),
            "range discovery");

    assertThat(again).isEqualTo(tree);
    assertThat(seen(AttclientMessages.ReadByGroupType.class, mark))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.start()).isEqualTo(counter.startHandle());
              assertThat(g.end()).isEqualTo(counter.endHandle());
            });
    assertThatThrownBy(() -> d.discoverRangeAsync(tree, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0x0000..0x0005");
    assertThatThrownBy(() -> d.discoverRangeAsync(tree, 9, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(seen(AttclientMessages.ReadByGroupType.class, mark)).hasSize(1);
  }
}
