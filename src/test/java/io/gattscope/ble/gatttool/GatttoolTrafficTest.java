package io.gattscope.ble.gatttool;

import static io.gattscope.testsupport.TrafficCapture.event;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.testsupport.TrafficCapture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines a read types into the gatttool stand-in, and its answer, appear on the traffic log. */
class GatttoolTrafficTest {
  private static final String LOGGER = "io.gattscope.traffic.gatttool";
  private static final BleAddress PEER = BleAddress.parse("C0:11:22:33:44:55");

  @TempDir Path dir;

  private BleDevice read(GatttoolBackend backend, byte[] expected) {
    BleDevice d =
        backend.connect(PEER, ConnectOptions.random().withTimeout(Duration.ofSeconds(10)));
    assertThat(d.read(CharacteristicRef.handle(0x0003))).isEqualTo(expected);
    return d;
  }

  @Test
  void aReadLogsTheTypedCommandAndTheAnswerWithTheDevice() {
    GatttoolBackend backend = new GatttoolBackend(FakeTools.settings(dir, Map.of()));
    try (TrafficCapture capture = new TrafficCapture(Level.DEBUG)) {
      backend.start();
      read(backend, "Fake".getBytes());
      assertThat(capture.events())
          .filteredOn(event(LOGGER, "→ char-read-hnd 0x0003", PEER.toString()))
          .isNotEmpty();
      assertThat(capture.events())
          .filteredOn(event(LOGGER, "← ", PEER.toString()))
          .extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(m -> assertThat(m).contains("value/descriptor: 46 61 6b 65"));
    } finally {
      backend.stop();
    }
  }

  @Test
  void atInfoNothingIsLogged() {
    GatttoolBackend backend = new GatttoolBackend(FakeTools.settings(dir, Map.of()));
    try (TrafficCapture capture = new TrafficCapture(Level.INFO)) {
      backend.start();
      read(backend, "Fake".getBytes());
      assertThat(capture.events()).isEmpty();
    } finally {
      backend.stop();
    }
  }
}
