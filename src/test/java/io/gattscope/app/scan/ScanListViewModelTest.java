package io.gattscope.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.fake.FakeBackend;
import io.gattscope.app.fake.ManualTicker;
import io.gattscope.app.fake.TestContext;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.ble.BleAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScanListViewModelTest {
  private static final long SECOND = 1_000_000_000L;
  private final ManualTicker ticker = new ManualTicker();
  private final AtomicLong now = new AtomicLong(100 * SECOND);
  private final AtomicInteger uiUpdates = new AtomicInteger();
  private final FakeBackend backend = new FakeBackend();
  private final TestContext t = new TestContext();
  private ScanListViewModel vm;

  @BeforeEach
  void setUp() {
    UiExecutor counting =
        r -> {
          uiUpdates.incrementAndGet();
          r.run();
        };
    vm = new ScanListViewModel(counting, ticker, now::get, new TestContext.NamedKnowledge(), t.log);
    backend.start();
    vm.backendProperty().set(backend);
  }

  private static byte[] named(String name, int serviceUuid16) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[2 + n.length + 4];
    out[0] = (byte) (n.length + 1);
    out[1] = 0x09;
    System.arraycopy(n, 0, out, 2, n.length);
    int p = 2 + n.length;
    out[p] = 3;
    out[p + 1] = 0x03;
    out[p + 2] = (byte) serviceUuid16;
    out[p + 3] = (byte) (serviceUuid16 >> 8);
    return out;
  }

  @Test
  void fiveHundredAdvertisersRefreshTheListOncePerTickNotOncePerPacket() {
    vm.toggleScanCommand().execute();
    assertThat(backend.scanning()).isTrue();
    uiUpdates.set(0);

    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < 500; i++) {
        backend.advertise(
            new BleAddress(i + 1), -40 - (i % 50), named("dev" + i, 0x180D), now.get());
      }
    }
    assertThat(vm.rows()).isEmpty();
    ticker.tick();

    assertThat(vm.rows()).hasSize(500);
    assertThat(uiUpdates).hasValue(1);
    assertThat(vm.rows().get(0).nameProperty().get()).isEqualTo("dev0");
    assertThat(vm.rows().get(0).servicesProperty().get()).isEqualTo("0x180D");
  }

  @Test
  void filterMatchesNameAddressAndServiceAndTheSliderHidesWeakDevices() {
    vm.toggleScanCommand().execute();
    backend.advertise(BleAddress.parse("00:00:00:00:00:01"), -40, named("HRM", 0x180D), now.get());
    backend.advertise(
        BleAddress.parse("00:00:00:00:00:02"), -90, named("Thermo", 0x1809), now.get());
    ticker.tick();

    vm.filterProperty().set("hrm");
    assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("HRM");
    vm.filterProperty().set("00:02");
    assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Thermo");
    vm.filterProperty().set("0x1809");
    assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("Thermo");
    vm.filterProperty().set("");
    vm.minimumRssiProperty().set(-60);
    assertThat(vm.visibleRows()).extracting(r -> r.nameProperty().get()).containsExactly("HRM");
  }

  @Test
  void silentDevicesAreDimmedThenDroppedAndTheSparklineKeepsThirtySeconds() {
    vm.toggleScanCommand().execute();
    BleAddress a = new BleAddress(7);
    for (int s = 0; s < 40; s++) {
      now.set((100 + s) * SECOND);
      backend.advertise(a, -50 - s % 3, named("x", 0x1800), now.get());
      ticker.tick();
    }
    ScanRow row = vm.rows().get(0);
    assertThat(row.rssiHistoryProperty().get().length).isBetween(30, 31);
    assertThat(row.staleProperty().get()).isFalse();

    assertThat(row.lastSeenTextProperty().get()).isEqualTo("0 s ago");
    now.addAndGet(4 * SECOND);
    ticker.tick();
    assertThat(row.lastSeenTextProperty().get())
        .as("a silent row's age moves on without new packets")
        .isEqualTo("4 s ago");

    now.addAndGet(7 * SECOND);
    ticker.tick();
    assertThat(row.staleProperty().get()).isTrue();
    assertThat(row.lastSeenTextProperty().get()).isEqualTo("11 s ago");

    now.addAndGet(50 * SECOND);
    ticker.tick();
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void scanResponseNameIsKeptWhenLaterAdvertisementsCarryNone() {
    vm.toggleScanCommand().execute();
    BleAddress a = new BleAddress(9);
    backend.advertise(a, -50, named("Named", 0x180F), now.get());
    ticker.tick();
    backend.advertise(a, -52, new byte[] {2, 0x01, 0x06}, now.get());
    ticker.tick();

    assertThat(vm.rows()).hasSize(1);
    assertThat(vm.rows().get(0).rssiProperty().get()).isEqualTo(-52);
    assertThat(vm.details(vm.rows().get(0))).extracting(s -> s.type()).containsExactly(0x01);
  }

  @Test
  void toggleStopsTheScanAndPassiveScansSendNoRequests() {
    vm.activeProperty().set(false);
    vm.toggleScanCommand().execute();
    assertThat(backend.lastScan().active()).isFalse();
    assertThat(vm.scanningProperty().get()).isTrue();

    vm.toggleScanCommand().execute();

    assertThat(backend.scanning()).isFalse();
    assertThat(vm.scanningProperty().get()).isFalse();
    assertThat(vm.scanButtonText().get()).isEqualTo("Scan");
  }

  @Test
  void noBackendMeansNoScan() {
    vm.backendProperty().set(null);
    assertThat(vm.toggleScanCommand().isExecutable()).isFalse();
  }
}
