package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.Backends;
import io.gattscope.ble.BleAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatttoolBackendProviderTest {
  @TempDir Path dir;

  private GatttoolBackendProvider provider(Path sysfs) {
    GatttoolSettings s = FakeTools.settings(dir, Map.of());
    return new GatttoolBackendProvider(
        new GatttoolSettings(
            s.adapter(),
            s.gatttool(),
            s.hcitool(),
            s.maxConnections(),
            s.lineBuffered(),
            false,
            s.environment(),
            sysfs,
            s.scanStartTimeout()));
  }

  @Test
  void isRegisteredForTheKindGatttool() {
    assertThat(ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(GatttoolBackendProvider.class);
    assertThat(new Backends().kinds()).contains("gatttool");
  }

  @Test
  void listsOneEntryPerHciAdapterWhenGatttoolExists() throws Exception {
    Path sysfs = Files.createDirectories(dir.resolve("sys"));
    Files.createDirectories(sysfs.resolve("hci1"));
    Files.createDirectories(sysfs.resolve("hci0"));
    Files.writeString(sysfs.resolve("hci0").resolve("address"), "00:1A:7D:DA:71:13\n");
    var p = provider(sysfs);
    assertThat(p.available())
        .extracting(a -> a.id())
        .containsExactly("gatttool:hci0", "gatttool:hci1");
    var backend = p.create("hci0");
    assertThat(backend.adapterInfo().address()).isEqualTo(BleAddress.parse("00:1A:7D:DA:71:13"));
    assertThat(backend.adapterInfo().name()).isEqualTo("gatttool on hci0");
    assertThat(p.create("hci1").adapterInfo().address()).isEqualTo(new BleAddress(0));
  }

  @Test
  void listsNothingWithoutAdaptersOrWithoutGatttool() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(provider(empty).available()).isEmpty();
    assertThat(provider(dir.resolve("missing")).available()).isEmpty();
    Path sysfs = Files.createDirectories(dir.resolve("sys2").resolve("hci0")).getParent();
    GatttoolSettings noTool =
        GatttoolSettings.defaults("hci0").withTools("/nonexistent/gatttool", "hcitool");
    var p =
        new GatttoolBackendProvider(
            new GatttoolSettings(
                "hci0",
                noTool.gatttool(),
                "hcitool",
                7,
                true,
                false,
                Map.of(),
                sysfs,
                noTool.scanStartTimeout()));
    assertThat(p.available()).isEmpty();
  }

  @Test
  void createChecksTheArgumentAndTheAdapter() {
    var p = provider(dir);
    assertThatThrownBy(() -> p.create("usb0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usb0");
    assertThatThrownBy(() -> p.create("hci3"))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("hci3");
  }
}
