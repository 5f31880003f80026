package io.gattscope.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.fake.FakeBackend;
import io.gattscope.app.fake.FakeProvider;
import io.gattscope.app.fake.Peripherals;
import io.gattscope.app.fake.TestContext;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.ble.Backends;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
  private final TestContext t = new TestContext();
  private final FakeBackend sim = new FakeBackend().add(Peripherals.hrm());
  private final FakeBackend dongle = new FakeBackend();
  private final FakeProvider simProvider = new FakeProvider("sim", true, () -> sim);
  private final FakeProvider dongleProvider = new FakeProvider("bgapi", false, () -> dongle);

  private MainViewModel start(List<FakeProvider> providers) {
    AdapterViewModel adapter = new AdapterViewModel(t.ctx, new Backends(List.copyOf(providers)));
    MainViewModel vm = new MainViewModel(t.ctx, adapter);
    adapter.start().join();
    return vm;
  }

  @Test
  void withoutARealAdapterTheSimulatorIsChosen() {
    dongleProvider.present = false;
    MainViewModel vm = start(List.of(simProvider, dongleProvider));

    assertThat(vm.adapter().selectedProperty().get().displayName()).isEqualTo("Simulated adapter");
    assertThat(vm.adapter().backendProperty().get()).isSameAs(sim);
    assertThat(vm.adapter().stateProperty().get()).isEqualTo("Simulated adapter: ready");
    assertThat(t.settings.get(AdapterViewModel.SETTING, "")).isEqualTo("sim");
  }

  @Test
  void aRealAdapterIsPreferredUnlessAnotherChoiceIsRemembered() {
    assertThat(start(List.of(simProvider, dongleProvider)).adapter().backendProperty().get())
        .isSameAs(dongle);

    t.settings.put(AdapterViewModel.SETTING, "sim");
    assertThat(start(List.of(simProvider, dongleProvider)).adapter().backendProperty().get())
        .isSameAs(sim);
  }

  private ScanRow scanHrm(MainViewModel vm) {
    vm.scan().toggleScanCommand().execute();
    sim.advertise(Peripherals.HRM, -40, new byte[] {4, 0x09, 'H', 'R', 'M'}, t.nanos.get());
    t.ticker.tick();
    return vm.scan().rows().get(0);
  }

  @Test
  void connectingOpensOneTabPerDeviceAndTheStatusBarCountsIt() {
    MainViewModel vm = start(List.of(simProvider));
    ScanRow hrm = scanHrm(vm);

    vm.connect(hrm);
    vm.connect(hrm);
    t.ticker.tick();

    assertThat(vm.devices()).hasSize(1);
    assertThat(vm.devices().get(0).title()).isEqualTo("HRM");
    assertThat(vm.connectionsProperty().get()).isEqualTo("1 connected");
    assertThat(vm.memoryProperty().get()).endsWith("MB");
  }

  @Test
  void closingTheWindowLetsTheBackendUnsubscribeAndDisconnectWhileLinksAreStillUp() {
    MainViewModel vm = start(List.of(simProvider));
    vm.connect(scanHrm(vm));
    t.ticker.tick();

    vm.shutdown();

    // BleBackend.stop() writes CCCD 00 00 and disconnects; it can only if the links are still up
    assertThat(sim.connectedAtStop).containsExactly(Peripherals.HRM);
    assertThat(sim.isRunning()).isFalse();
  }

  @Test
  void adapterLossShowsABannerDisconnectsDevicesAndRecoversWhenItReturns() {
    MainViewModel vm = start(List.of(simProvider));
    vm.connect(scanHrm(vm));

    simProvider.present = false;
    sim.loseAdapter(new IOException("port closed"));

    assertThat(vm.adapter().bannerProperty().get())
        .isEqualTo("Simulated adapter was lost (Port closed); waiting for it to return");
    assertThat(vm.devices().get(0).statusProperty().get())
        .isEqualTo("Disconnected: adapter lost: Port closed");
    assertThat(vm.scan().scanningProperty().get()).isFalse();
    t.ticker.tick();
    assertThat(vm.adapter().backendProperty().get()).isNull();

    simProvider.present = true;
    t.ticker.tick();

    assertThat(vm.adapter().bannerProperty().get()).isEmpty();
    assertThat(vm.adapter().backendProperty().get()).isSameAs(sim);
    assertThat(simProvider.opened).isEqualTo(2);
    vm.devices().get(0).connectCommand().execute();
    assertThat(vm.devices().get(0).statusProperty().get()).isEqualTo("Connected");
  }

  @Test
  void noAdapterAtAllIsSaidInTheBanner() {
    simProvider.present = false;
    MainViewModel vm = start(List.of(simProvider));

    assertThat(vm.adapter().bannerProperty().get())
        .isEqualTo("No Bluetooth adapter and no simulator found");
    assertThat(vm.scan().toggleScanCommand().isExecutable()).isFalse();
  }
}
