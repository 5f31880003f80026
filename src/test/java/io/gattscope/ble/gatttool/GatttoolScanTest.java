package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.testsupport.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans through the hcitool stand-in process. */
class GatttoolScanTest {
  @TempDir Path dir;
  GatttoolBackend backend;

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.stop();
    }
  }

  private GatttoolBackend start(GatttoolSettings s) {
    backend = new GatttoolBackend(s);
    backend.start();
    return backend;
  }

  @Test
  void scanReportsDevicesWithTheirNamesAndEndsEarlyWhenAsked() {
    start(FakeTools.settings(dir, Map.of()));
    List<ScanResult> found =
        backend.scan(
            ScanOptions.defaults(Duration.ofSeconds(10)),
            r -> r.name().filter("Thermo"::equals).isPresent());
    assertThat(found)
        .extracting(ScanResult::address)
        .contains(BleAddress.parse("AA:BB:CC:DD:EE:02"));
    ScanResult thermo = found.stream().filter(r -> r.name().isPresent()).findFirst().orElseThrow();
    assertThat(thermo.name()).contains("Thermo");
    assertThat(thermo.rssi()).isEqualTo(LeScan.UNKNOWN_RSSI);
  }

  @Test
  void duplicatesArriveOnlyWhenAskedFor() throws Exception {
    start(FakeTools.settings(dir, Map.of()).withScanDuplicates(true));
    List<Advertisement> packets = new CopyOnWriteArrayList<>();
    CountDownLatch ten = new CountDownLatch(10);
    try (AutoCloseable scan =
        backend.startScan(
            ScanOptions.defaults(Duration.ofSeconds(5)),
            a -> {
              packets.add(a);
              ten.countDown();
            })) {
      assertThat(ten.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(packets.stream().map(Advertisement::address).distinct()).hasSize(2);
    int after = packets.size();
    Waits.waitFor(() -> !scanThreadsAlive());
    assertThat(packets).as("nothing after the scan closed and its threads ended").hasSize(after);
  }

  @Test
  void missingPrivilegesAreAdapterUnavailable() {
    start(FakeTools.settings(dir, Map.of("FAKE_HCITOOL_MODE", "noperm")));
    assertThatThrownBy(
            () -> backend.startScan(ScanOptions.defaults(Duration.ofSeconds(5)), a -> {}))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("Operation not permitted");
  }

  @Test
  void aMissingAdapterIsAdapterUnavailable() {
    start(FakeTools.settings(dir, Map.of("FAKE_HCITOOL_MODE", "nodev")));
    assertThatThrownBy(
            () -> backend.startScan(ScanOptions.defaults(Duration.ofSeconds(5)), a -> {}))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("No such device");
  }

  @Test
  void aMissingToolIsAdapterUnavailable() {
    GatttoolSettings s =
        FakeTools.settings(dir, Map.of())
            .withTools(
                dir.resolve("fake-gatttool").toString(), dir.resolve("no-such-hcitool").toString());
    start(s);
    assertThatThrownBy(
            () -> backend.startScan(ScanOptions.defaults(Duration.ofSeconds(5)), a -> {}))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("no-such-hcitool");
    GatttoolBackend none = new GatttoolBackend(s.withTools("/nonexistent/gatttool", "hcitool"));
    assertThatThrownBy(none::start)
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("/nonexistent/gatttool");
  }

  /** Whether the scan's reader or listener thread still runs (the signal that it has stopped). */
  private static boolean scanThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("hcitool-scan-"));
  }
}
