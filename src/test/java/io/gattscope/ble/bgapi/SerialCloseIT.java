package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gattscope.ble.AdapterListener;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.SocatPair;
import io.gattscope.testsupport.StandInDongle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** After a dongle reboot or a silent dongle, closing the serial link is clean: no busy reader. */
class SerialCloseIT {
  @TempDir Path dir;
  private SocatPair socat;
  private StandInDongle dongle;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger serialLog = (Logger) LoggerFactory.getLogger(SerialLink.class);

  @BeforeEach
  void standInOnAPtyPair() throws Exception {
    socat = SocatPair.start(dir);
    dongle = StandInDongle.serve(socat.a());
    logged.start();
    serialLog.addAppender(logged);
  }

  @AfterEach
  void stopEverything() throws Exception {
    serialLog.detachAppender(logged);
    dongle.close();
    socat.close();
  }

  @Test
  void closingAfterAnUnexpectedRebootLeavesNoReaderBusy() throws Exception {
    closesCleanlyAfter(d -> d.simulator().faults().reboot());
  }

  @Test
  void closingAfterTheDongleFellSilentLeavesNoReaderBusy() throws Exception {
    closesCleanlyAfter(d -> d.simulator().setMuted(true));
  }

  private void closesCleanlyAfter(Consumer<StandInDongle> fault) throws Exception {
    CompletableFuture<Throwable> lost = new CompletableFuture<>();
    BgapiBackend backend = new BgapiBackend(new SerialLink(socat.b()), BgapiOptions.defaults());
    try {
      backend.start();
      backend.addAdapterListener(
          new AdapterListener() {
            @Override
            public void onAdapterLost(BleBackend b, Throwable cause) {
              lost.complete(cause);
            }
          });
      BleDevice hrm = backend.connect(HeartRateMonitor.ADDRESS);
      hrm.subscribe(
          CharacteristicRef.handle(HeartRateMonitor.HEART_RATE_MEASUREMENT), (h, v, t) -> {});
      fault.accept(dongle);
      lost.get(30, TimeUnit.SECONDS);
    } finally {
      backend.close();
    }
    String port = "serial " + socat.b();
    String hostReader = "bgapi-serial-rx-" + Path.of(socat.b()).toRealPath();
    Thread reader =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals(hostReader))
            .findFirst()
            .orElse(null);
    if (reader != null) {
      reader.join(Duration.ofSeconds(10).toMillis());
      assertThat(reader.isAlive()).as("the host's reader thread ended").isFalse();
    }
    assertThat(logged.list)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.startsWith(port) && m.contains("still busy"));
  }
}
