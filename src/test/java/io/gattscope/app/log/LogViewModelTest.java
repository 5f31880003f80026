package io.gattscope.app.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.app.fake.ManualTicker;
import io.gattscope.app.util.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class LogViewModelTest {
  private final ManualTicker ticker = new ManualTicker();
  private final AtomicInteger uiUpdates = new AtomicInteger();
  private final UiExecutor countingUi =
      r -> {
        uiUpdates.incrementAndGet();
        r.run();
      };
  private final LogViewModel log =
      new LogViewModel(countingUi, ticker, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 100);

  @Test
  void entriesReachTheListInOneUpdatePerTick() {
    for (int i = 0; i < 50; i++) {
      log.info("AA:BB:CC:DD:EE:FF", "event " + i);
    }
    assertThat(log.entries()).isEmpty();

    ticker.tick();

    assertThat(log.entries()).hasSize(50);
    assertThat(uiUpdates).hasValue(1);
  }

  @Test
  void keepsOnlyTheNewestEntries() {
    for (int i = 0; i < 250; i++) {
      log.info("", "event " + i);
      if (i % 40 == 0) {
        ticker.tick();
      }
    }
    ticker.tick();

    assertThat(log.entries()).hasSize(100);
    assertThat(log.entries().get(99).message()).isEqualTo("event 249");
    assertThat(log.droppedEventsProperty().get()).isEqualTo(150);
    assertThat(log.droppedTextProperty().get())
        .isEqualTo("150 older entries dropped (0 DEBUG, 150 INFO and above)");
  }

  @Test
  void aBurstOfTrafficKeepsItsOwnBoundAndLeavesTheUsersEventsInPlace() {
    LogViewModel small =
        new LogViewModel(countingUi, ticker, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 10, 5);
    assertThat(small.droppedTextProperty().get()).isEmpty();
    small.info("", "Scan started");
    small.log(LogEntry.Level.WARN, "00:07:80:5E:01:01", "Link supervision timeout");
    ticker.tick();
    for (int i = 0; i < 40; i++) {
      small.log(LogEntry.Level.DEBUG, "00:07:80:5E:01:01", "bgapi frame " + i);
      if (i % 7 == 0) {
        ticker.tick();
      }
    }
    small.error("00:07:80:5E:01:01", "Read failed");
    small.log(LogEntry.Level.DEBUG, "", "bgapi frame 40");
    ticker.tick();

    assertThat(small.entries())
        .extracting(LogEntry::message)
        .containsExactly(
            "Scan started",
            "Link supervision timeout",
            "bgapi frame 36",
            "bgapi frame 37",
            "bgapi frame 38",
            "bgapi frame 39",
            "Read failed",
            "bgapi frame 40");
    assertThat(small.droppedTrafficProperty().get()).isEqualTo(36);
    assertThat(small.droppedEventsProperty().get()).isZero();
    assertThat(small.droppedTextProperty().get())
        .isEqualTo("36 older entries dropped (36 DEBUG, 0 INFO and above)");
  }

  @Test
  void entriesDroppedBeforeTheyReachTheListAreCountedToo() {
    LogViewModel small =
        new LogViewModel(countingUi, ticker, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 10, 5);
    for (int i = 0; i < 25; i++) {
      small.info("", "event " + i);
      small.log(LogEntry.Level.DEBUG, "", "frame " + i);
    }
    ticker.tick();

    assertThat(small.entries()).hasSize(15);
    assertThat(small.entries().get(0).message()).isEqualTo("event 15");
    assertThat(small.entries().get(14).message()).isEqualTo("frame 24");
    assertThat(small.droppedEventsProperty().get()).isEqualTo(15);
    assertThat(small.droppedTrafficProperty().get()).isEqualTo(20);
  }

  @Test
  void refusesACapacityBelowOne() {
    ManualTicker unused = new ManualTicker();
    assertThatThrownBy(() -> new LogViewModel(countingUi, unused, Clock.systemUTC(), 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThat(unused.tasks()).isZero();
  }

  @Test
  void filtersByLevelAndDevice() {
    log.info("11:11:11:11:11:11", "connected");
    log.error("22:22:22:22:22:22", "Read failed: Read not permitted (ATT 0x02)");
    log.log(LogEntry.Level.DEBUG, "", "noise");
    ticker.tick();

    assertThat(log.visibleEntries()).hasSize(2);
    log.minimumLevelProperty().set(LogEntry.Level.ERROR);
    assertThat(log.visibleEntries())
        .extracting(LogEntry::device)
        .containsExactly("22:22:22:22:22:22");
    log.minimumLevelProperty().set(LogEntry.Level.DEBUG);
    log.deviceProperty().set("11:11:11:11:11:11");
    assertThat(log.visibleEntries()).extracting(LogEntry::message).containsExactly("connected");
    assertThat(log.devices())
        .containsExactly(LogViewModel.ALL_DEVICES, "11:11:11:11:11:11", "22:22:22:22:22:22");
  }

  @Test
  void savesTheVisibleEntries(@TempDir Path dir) throws Exception {
    log.info("", "Scan started");
    log.error("33:33:33:33:33:33", "Write failed: Write not permitted (ATT 0x03)");
    ticker.tick();
    Path file = dir.resolve("log.txt");

    log.save(file);

    String text = Files.readString(file);
    assertThat(text).contains("INFO Scan started");
    assertThat(text)
        .contains("ERROR [33:33:33:33:33:33] Write failed: Write not permitted (ATT 0x03)");
  }

  @Test
  void theDeviceFilterShowsNamesWithAddresses() {
    log.nameDevice("00:07:80:5E:01:01", "GattScope HRM");
    log.nameDevice("C6:5E:01:00:00:05", "C6:5E:01:00:00:05");
    assertThat(log.deviceLabel("00:07:80:5E:01:01")).isEqualTo("GattScope HRM (00:07:80:5E:01:01)");
    assertThat(log.deviceLabel("C6:5E:01:00:00:05")).isEqualTo("C6:5E:01:00:00:05");
    assertThat(log.deviceLabel(LogViewModel.ALL_DEVICES)).isEqualTo(LogViewModel.ALL_DEVICES);
  }

  @Test
  void debugShowsTheProtocolTrafficOfTheSelectedDeviceAndOtherLevelsLeaveItOff() {
    Logger bgapi = LoggerFactory.getLogger(TrafficTap.TRAFFIC + ".bgapi");
    TrafficTap.follow(log);
    try {
      assertThat(bgapi.isDebugEnabled()).as("traffic off at INFO").isFalse();
      bgapi.debug("→ not wanted");
      log.minimumLevelProperty().set(LogEntry.Level.DEBUG);
      assertThat(bgapi.isDebugEnabled()).as("traffic on at DEBUG").isTrue();
      try (MDC.MDCCloseable c = MDC.putCloseable(TrafficTap.DEVICE, "00:07:80:5E:01:01")) {
        bgapi.debug("→ attclient_read_by_handle connection=0 handle=0x0003");
      }
      bgapi.debug("← gap_scan_response rssi=-60");
      log.info("00:07:80:5E:01:02", "Connecting");
      ticker.tick();

      assertThat(log.visibleEntries())
          .extracting(e -> e.level() + " [" + e.device() + "] " + e.message())
          .containsExactly(
              "DEBUG [00:07:80:5E:01:01] bgapi → attclient_read_by_handle connection=0"
                  + " handle=0x0003",
              "DEBUG [] bgapi ← gap_scan_response rssi=-60",
              "INFO [00:07:80:5E:01:02] Connecting");
      log.deviceProperty().set("00:07:80:5E:01:01");
      assertThat(log.visibleEntries())
          .extracting(LogEntry::message)
          .containsExactly("bgapi → attclient_read_by_handle connection=0 handle=0x0003");
      assertThat(log.devices()).contains("00:07:80:5E:01:01");

      log.minimumLevelProperty().set(LogEntry.Level.INFO);
      assertThat(bgapi.isDebugEnabled()).as("traffic off again at INFO").isFalse();
      bgapi.debug("← not wanted either");
      ticker.tick();
      assertThat(log.visibleEntries()).isEmpty();
      assertThat(log.entries()).hasSize(3);
    } finally {
      log.minimumLevelProperty().set(LogEntry.Level.INFO);
    }
  }
}
