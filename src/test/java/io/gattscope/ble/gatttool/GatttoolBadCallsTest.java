package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BadCallContract;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The shared argument policy through the gatttool backend (gatttool stand-in). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatttoolBadCallsTest extends BadCallContract {
  private GatttoolBackend backend;
  private BleDevice d;
  private Path log;
  private String typedAfterDiscovery;

  @BeforeAll
  void connect(@TempDir Path dir) throws Exception {
    log = dir.resolve("typed.log");
    backend =
        new GatttoolBackend(
            FakeTools.settings(
                dir,
                Map.of(
                    "FAKE_GATTTOOL_LOG",
                    log.toString(),
                    // its last service ends at 0x001A instead of 0xFFFF, so a handle lies beyond
                    "FAKE_GATTTOOL_SERVICE_CHANGED",
                    "1")));
    backend.start();
    d =
        backend.connect(
            BleAddress.parse("C0:11:22:33:44:55"),
            ConnectOptions.random().withTimeout(Duration.ofSeconds(10)));
    d.discover();
    typedAfterDiscovery = Files.exists(log) ? Files.readString(log) : "";
  }

  @AfterAll
  void stop() throws Exception {
    String typed = Files.exists(log) ? Files.readString(log) : "";
    backend.stop();
    assertThat(typed).as("nothing typed for a refused call").isEqualTo(typedAfterDiscovery);
  }

  @Override
  protected BleDevice device() {
    return d;
  }
}
