package io.gattscope.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.fake.TestContext;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.CounterSensor;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.ServiceUpdate;
import io.gattscope.testsupport.Waits;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The device tab's view model on the simulated dongle, whose devices survive their links: a manual
 * reconnect keeps the tab's state and Service Changed moves a subscribed row.
 */
class DeviceViewModelSimTest {
  private final TestContext t = new TestContext();
  private final SimulatedAdapter adapter =
      SimulatedAdapter.start(
          SimulatorConfig.defaults().withWorld(CounterSensor.world(100)), BgapiOptions.defaults());
  private DeviceViewModel vm;

  @BeforeEach
  void connect() {
    vm =
        new DeviceViewModel(
            t.ctx,
            new SimpleObjectProperty<BleBackend>(adapter.backend()),
            CounterSensor.ADDRESS,
            AddressType.PUBLIC,
            "Counter");
    vm.connectCommand().execute();
    awaitTree(vm);
  }

  /** Waits until the link is up and the tree (built right after the state changes) is there. */
  static void awaitTree(DeviceViewModel vm) {
    Waits.waitFor(
        () ->
            vm.stateProperty().get() == ConnectionState.CONNECTED
                && List.copyOf(vm.characteristics()).stream()
                    .anyMatch(c -> c.characteristic().uuid().equals(CounterSensor.COUNT)));
  }

  @AfterEach
  void tearDown() {
    vm.close();
    adapter.backend().stop();
    adapter.simulator().close();
  }

  private Optional<CharacteristicViewModel> findCount() {
    return List.copyOf(vm.characteristics()).stream()
        .filter(c -> c.characteristic().uuid().equals(CounterSensor.COUNT))
        .findFirst();
  }

  private CharacteristicViewModel count() {
    return findCount().orElseThrow();
  }

  private static void awaitHistory(TestContext t, CharacteristicViewModel row, int more) {
    int target = row.history().size() + more;
    Waits.waitFor(
        () -> {
          t.ticker.tick();
          return row.history().size() >= target;
        });
  }

  @Test
  void manualReconnectKeepsTheTreeTheNotificationsAndTheChartsStream() throws Exception {
    assertThat(vm.autoReconnectProperty().get()).isFalse();
    CharacteristicViewModel row = count();
    row.notifications().notifyProperty().set(true);
    Waits.waitFor(() -> row.notifications().activeProperty().get());
    row.plotCommand().execute();
    List<byte[]> plotted = new CopyOnWriteArrayList<>();
    Subscription chart =
        t.chartDevice
            .subscribeAsync(
                row.characteristic(), SubscriptionType.NOTIFY, (h, v, n) -> plotted.add(v))
            .get(5, TimeUnit.SECONDS);
    awaitHistory(t, row, 3);
    List<GattNode> tree = List.copyOf(vm.services());
    var device = vm.deviceProperty().get();

    adapter.faults().drop(CounterSensor.ADDRESS, 0x13);
    Waits.waitFor(() -> vm.stateProperty().get() == ConnectionState.DISCONNECTED);
    assertThat(vm.statusProperty().get()).startsWith("Disconnected: ");
    assertThat(vm.connectCommand().isExecutable()).isTrue();

    vm.connectCommand().execute();
    awaitTree(vm);
    int plottedBefore = plotted.size();
    awaitHistory(t, row, 5);
    Waits.waitFor(() -> plotted.size() >= plottedBefore + 5);

    assertThat(vm.deviceProperty().get()).isSameAs(device);
    assertThat(vm.services()).containsExactlyElementsOf(tree);
    assertThat(count()).isSameAs(row);
    assertThat(row.notifications().notifyProperty().get()).isTrue();
    assertThat(row.notifications().activeProperty().get()).isTrue();
    assertThat(chart.isActive()).isTrue();
    assertThat(adapter.backend().connectedDevices()).containsExactly(device);
  }

  @Test
  void serviceChangedMovesASubscribedRowAndItsNotificationsGoOnInTheNewRow() {
    CharacteristicViewModel old = count();
    int oldHandle = old.characteristic().valueHandle();
    old.notifications().notifyProperty().set(true);
    Waits.waitFor(() -> old.notifications().activeProperty().get());
    awaitHistory(t, old, 3);
    int servicesBefore = vm.services().size();

    ServiceUpdate.Result r = adapter.faults().changeServices(CounterSensor.ADDRESS);
    Waits.waitFor(() -> findCount().filter(c -> c != old).isPresent());
    CharacteristicViewModel now = count();

    assertThat(now.characteristic().valueHandle()).isGreaterThan(oldHandle);
    assertThat(oldHandle).isGreaterThanOrEqualTo(r.start());
    assertThat(vm.services()).hasSize(servicesBefore + 1);
    assertThat(vm.services())
        .anySatisfy(
            s ->
                assertThat(s.children())
                    .anySatisfy(c -> assertThat(c.characteristic()).isSameAs(now)));
    assertThat(vm.services())
        .noneSatisfy(
            s ->
                assertThat(s.children())
                    .anySatisfy(c -> assertThat(c.characteristic()).isSameAs(old)));
    assertThat(now.notifications().notifyProperty().get()).isTrue();
    assertThat(now.notifications().activeProperty().get()).isTrue();
    assertThat(old.notifications().activeProperty().get()).isFalse();
    assertThat(old.notifications().notifyProperty().get()).isFalse();
    awaitHistory(t, now, 5);
    assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
  }
}
