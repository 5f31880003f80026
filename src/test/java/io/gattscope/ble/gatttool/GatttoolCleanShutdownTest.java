package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the gatttool backend writes 00 00 to every subscribed CCCD, then disconnects and ends
 * gatttool, as the stand-in's record of typed lines shows.
 */
class GatttoolCleanShutdownTest {
  static final BleAddress PEER = BleAddress.parse("C0:11:22:33:44:55");

  @Test
  void closeDisablesTheCccdThenDisconnects(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("typed.log");
    GatttoolBackend backend =
        new GatttoolBackend(FakeTools.settings(dir, Map.of("FAKE_GATTTOOL_LOG", log.toString())));
    backend.start();
    try {
      BleDevice d =
          backend.connect(PEER, ConnectOptions.random().withTimeout(Duration.ofSeconds(10)));
      Subscription sub = d.subscribe(CharacteristicRef.handle(0x0008), (h, v, t) -> {});

      backend.close();

      String typed = Files.readString(log).toLowerCase(Locale.ROOT);
      int on = typed.indexOf("char-write-req 0x000a 0100");
      int off = typed.indexOf("char-write-req 0x000a 0000", on);
      int disconnect = typed.indexOf("disconnect", off);
      assertThat(on).as("subscribed in %s", typed).isNotNegative();
      assertThat(off).as("CCCD 00 00 after subscribing in %s", typed).isGreaterThan(on);
      assertThat(disconnect).as("disconnect after the CCCD write in %s", typed).isGreaterThan(off);
      assertThat(sub.isActive()).isFalse();
      assertThat(backend.isRunning()).isFalse();
    } finally {
      backend.stop();
    }
  }
}
