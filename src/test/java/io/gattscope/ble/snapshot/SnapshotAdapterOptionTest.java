package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.Backends;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.sim.SimBackendProvider;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim:device=FILE} opens the simulator with the file's device; bad ids say why. */
class SnapshotAdapterOptionTest {
  private final Backends backends = new Backends(List.of(new SimBackendProvider()));

  @Test
  void theDeviceOfTheFileIsInTheSimulatedWorld(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("demo.json");
    Files.writeString(file, SnapshotReaderTest.VALID.replace("05094465 6d6f", "050944656d6f"));
    try (BleBackend b = backends.create("sim:device=" + file)) {
      SimulatorControl control = SimulatedAdapter.controlOf(b).orElseThrow();
      assertThat(control.world().byName("Demo")).isPresent();
    }
  }

  @Test
  void badIdsAndBadFilesAreRefusedByName(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> backends.create("sim:demo.json"))
        .hasMessageContaining("'sim:device=FILE[,device=FILE...]'");
    assertThatThrownBy(() -> backends.create("sim:device=" + dir.resolve("none.json")))
        .hasMessageEndingWith("none.json does not exist");
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        SnapshotReaderTest.VALID
            .replace("\"handle\": 4,", "\"handle\": 3,")
            .replace(" 6d6f", "6d6f"));
    assertThatThrownBy(() -> backends.create("sim:device=" + bad))
        .hasMessageContaining(
            "is not valid: $.services[0].characteristics[0].descriptors[0].handle");
  }
}
