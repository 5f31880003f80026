package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Futures;
import io.gattscope.ble.ScanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the backend against Debian's real {@code /usr/bin/gatttool} (package bluez, which ships it
 * in Debian 12). These machines have no Bluetooth kernel stack, so the real tool must be turned
 * into a prompt AdapterUnavailableException, not a timeout.
 */
class GatttoolRealToolIT {
  private static String require(String path) {
    if (!Files.isExecutable(Path.of(path))) {
      if ("true".equals(System.getenv("CI"))) {
        fail(path + " is missing; Debian's bluez package ships it: apt-get install bluez");
      }
      Assumptions.abort(path + " is not installed (apt-get install bluez); skipping");
    }
    return path;
  }

  @Test
  void connectWithoutAKernelStackFailsFastAsAdapterUnavailable() {
    String gatttool = require("/usr/bin/gatttool");
    Assumptions.assumeFalse(
        Files.isDirectory(Path.of("/sys/class/bluetooth/hci0")),
        "this machine has a Bluetooth adapter; the test expects none");
    GatttoolBackend backend =
        new GatttoolBackend(
            GatttoolSettings.defaults("hci0").withTools(gatttool, "/usr/bin/hcitool"));
    backend.start();
    try {
      long start = System.nanoTime();
      var f =
          backend.connectAsync(
              BleAddress.parse("AA:BB:CC:DD:EE:FF"),
              ConnectOptions.random().withTimeout(Duration.ofSeconds(10)));
      assertThatThrownBy(() -> Futures.await(f, Duration.ofSeconds(11), "connect"))
          .isInstanceOf(AdapterUnavailableException.class)
          .hasMessageContaining("Address family not supported");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(backend.connectedDevices()).isEmpty();
    } finally {
      backend.stop();
    }
  }

  @Test
  void scanWithoutAKernelStackIsAdapterUnavailable() {
    String hcitool = require("/usr/bin/hcitool");
    Assumptions.assumeFalse(
        Files.isDirectory(Path.of("/sys/class/bluetooth/hci0")),
        "this machine has a Bluetooth adapter; the test expects none");
    GatttoolBackend backend =
        new GatttoolBackend(
            GatttoolSettings.defaults("hci0").withTools("/usr/bin/gatttool", hcitool));
    backend.start();
    try {
      assertThatThrownBy(
              () -> backend.startScan(ScanOptions.defaults(Duration.ofSeconds(2)), a -> {}))
          .isInstanceOf(AdapterUnavailableException.class);
    } finally {
      backend.stop();
    }
  }

  @Test
  void providerListsNothingWithoutAdapters() {
    require("/usr/bin/gatttool");
    Assumptions.assumeFalse(
        Files.isDirectory(Path.of("/sys/class/bluetooth"))
            && Path.of("/sys/class/bluetooth").toFile().list().length > 0,
        "adapters present");
    assertThat(new GatttoolBackendProvider().available()).isEmpty();
  }
}
