package io.gattscope.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.fake.FakeProvider;
import io.gattscope.app.fake.TestContext;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Backends;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.CounterSensor;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.ServiceUpdate;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault of the Simulator menu, made through its view model on the real simulator: it is
 * written to the log and shows in the device tab.
 */
class SimulatorViewModelTest {
  private final TestContext t = new TestContext();
  private final SimulatedAdapter sim =
      SimulatedAdapter.create(
              SimulatorConfig.defaults().withWorld(CounterSensor.world(50)),
              BgapiOptions.defaults())
          .register();
  private MainViewModel main;
  private DeviceViewModel tab;

  @BeforeEach
  void openTheSimulatorAndConnect() {
    AdapterViewModel adapter =
        new AdapterViewModel(
            t.ctx, new Backends(List.of(new FakeProvider("sim", true, sim::backend))));
    main = new MainViewModel(t.ctx, adapter);
    adapter.start().join();
    Waits.waitFor(() -> main.simulator().availableProperty().get());
    tab =
        new DeviceViewModel(
            t.ctx, adapter.backendProperty(), CounterSensor.ADDRESS, AddressType.PUBLIC, "Counter");
    main.devices().add(tab);
    main.selectedDeviceProperty().set(tab);
    tab.connectCommand().execute();
    Waits.waitFor(
        () ->
            tab.stateProperty().get() == ConnectionState.CONNECTED
                && !List.copyOf(tab.characteristics()).isEmpty());
  }

  @AfterEach
  void tearDown() {
    main.shutdown();
    sim.simulator().close();
  }

  private boolean logged(String text) {
    t.log.flush();
    return List.copyOf(t.log.entries()).stream()
        .anyMatch(e -> e.message().startsWith("Simulator fault: " + text));
  }

  private CharacteristicViewModel row(UUID uuid) {
    return List.copyOf(tab.characteristics()).stream()
        .filter(c -> c.characteristic().uuid().equals(uuid))
        .findFirst()
        .orElseThrow();
  }

  private String read(CharacteristicViewModel row) {
    int before = row.history().size();
    row.readCommand().execute();
    Waits.waitFor(() -> row.history().size() > before || !row.errorProperty().get().isEmpty());
    return row.errorProperty().get();
  }

  @Test
  void outOfRangeDropsTheLinkWithATimeoutAndComesBackInRange() {
    main.simulator().outOfRange(Duration.ofMillis(300));

    Waits.waitFor(() -> logged("out of range " + CounterSensor.ADDRESS + " for 300 ms"));
    Waits.waitFor(() -> tab.statusProperty().get().startsWith("Disconnected"));
    assertThat(tab.statusProperty().get()).isEqualTo("Disconnected: Connection Timeout (0x08)");
    assertThat(tab.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
    Waits.waitFor(() -> logged("back in range " + CounterSensor.ADDRESS));
    tab.connectCommand().execute();
    Waits.waitFor(() -> tab.stateProperty().get() == ConnectionState.CONNECTED);
  }

  @Test
  void changedServicesRebuildTheTabsTree() {
    int before = tab.services().size();

    main.simulator().changeServices();

    Waits.waitFor(() -> logged("services of " + CounterSensor.ADDRESS + " changed"));
    Waits.waitFor(() -> tab.services().size() == before + 1);
    assertThat(read(row(ServiceUpdate.VERSION))).isEmpty();
    assertThat(row(ServiceUpdate.VERSION).valueTextProperty().get()).isNotEmpty();
    assertThat(tab.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
  }

  @Test
  void aSilentDeviceKeepsItsLinkAndAnswersReadsAgainWhenToldTo() {
    main.simulator().setSilent(true);
    Waits.waitFor(() -> logged("silent " + CounterSensor.ADDRESS));
    assertThat(tab.statusProperty().get()).isEqualTo("Connected");

    main.simulator().setSilent(false);
    Waits.waitFor(() -> logged("answering again " + CounterSensor.ADDRESS));
    assertThat(read(row(CounterSensor.COUNT))).isEmpty();
    assertThat(tab.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
  }

  @Test
  void latencyIsLoggedAndReadsStillAnswer() {
    main.simulator().setLatency(Duration.ofMillis(40), Duration.ofMillis(20));

    Waits.waitFor(() -> logged("latency 40 ms jitter 20 ms"));
    assertThat(read(row(CounterSensor.COUNT))).isEmpty();
    assertThat(tab.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);

    main.simulator().setLatency(Duration.ofSeconds(11), Duration.ZERO);
    t.log.flush();
    assertThat(List.copyOf(t.log.entries()))
        .anySatisfy(e -> assertThat(e.message()).startsWith("Simulator: cannot set latency: "));
  }

  @Test
  void aRebootEndsTheLinkAndTheTabSaysSo() {
    main.simulator().reboot();

    Waits.waitFor(() -> logged("reboot"));
    // the tab sets its state before the status that says why (its view shows the notice on the
    // status change), so wait for the status
    Waits.waitFor(() -> tab.statusProperty().get().startsWith("Disconnected"));
    assertThat(tab.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(tab.deviceProperty().get()).isNull();
  }
}
