package io.gattscope.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.app.device.ChartOpener;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.UartDevice;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.uart.LineEnding;
import io.gattscope.stream.uart.UartPair;
import io.gattscope.testsupport.Waits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleViewModelTest {
  private final SimulatedAdapter adapter =
      SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());
  private ConsoleViewModel console;

  @AfterEach
  void stop() {
    if (console != null) {
      console.close();
    }
    adapter.backend().stop();
    adapter.simulator().close();
  }

  /** A console on the simulated UART, connected with a 5 s operation timeout, keeping lines. */
  private ConsoleViewModel onUart(UiExecutor ui, int lines) {
    BleDevice d =
        adapter
            .backend()
            .connect(
                UartDevice.ADDRESS,
                ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(5)));
    return new ConsoleViewModel(d, UartPair.nus(d.discover()).orElseThrow(), ui, lines);
  }

  /** The UI thread's stand-in: runs each update holding this test's lock. */
  private UiExecutor locked() {
    return r -> {
      synchronized (this) {
        r.run();
      }
    };
  }

  @Test
  void sendsEchoesAndPlotsTheThreeNamedChannels(@TempDir Path dir) throws Exception {
    console = onUart(locked(), ConsoleViewModel.MAX_ENTRIES);
    List<double[]> samples = new CopyOnWriteArrayList<>();
    console.onSamples(samples::add);
    console.start().get(5, TimeUnit.SECONDS);
    console.ending().set(LineEnding.CRLF);
    console.input().set("ping");
    CompletableFuture<Void> sent;
    synchronized (this) { // the UI lock: sending shows the line at once
      sent = console.send();
    }
    sent.get(5, TimeUnit.SECONDS);
    assertThat(console.input().get()).isEmpty();
    Waits.waitFor(() -> texts().contains("ping") && samples.size() >= 3);
    synchronized (this) {
      // the sensor streams lines all along, so the send need not be the first entry
      List<ConsoleEntry> shown = List.copyOf(console.entries());
      int sentAt = -1;
      int echoAt = -1;
      for (int i = 0; i < shown.size(); i++) {
        boolean ping = "ping".equals(text(shown.get(i)));
        if (ping && shown.get(i).sent() && sentAt < 0) {
          sentAt = i;
        } else if (ping && !shown.get(i).sent() && echoAt < 0) {
          echoAt = i;
        }
      }
      assertThat(sentAt).as("the sent line, shown at once").isNotNegative();
      assertThat(echoAt).as("its echo, after it").isGreaterThan(sentAt);
    }
    assertThat(console.channels()).containsExactly("t", "hum", "co2");
    assertThat(samples).allSatisfy(v -> assertThat(v).hasSize(3));
    Path file = dir.resolve("console.txt");
    synchronized (this) {
      console.timestamps().set(false);
      console.save(file);
    }
    assertThat(Files.readAllLines(file)).containsSubsequence("> ping", "ping");
    console.updateRates(System.nanoTime());
    long before = console.bytesReceived().get();
    Waits.waitFor(() -> console.bytesReceived().get() > before);
    console.updateRates(System.nanoTime());
    assertThat(console.byteRate().get()).isPositive();
  }

  @Test
  void numericLinesAloneFeedAChartThroughTheOpener() throws Exception {
    console = onUart(locked(), ConsoleViewModel.MAX_ENTRIES);
    List<String> fed = new CopyOnWriteArrayList<>();
    List<Object> opened = new CopyOnWriteArrayList<>();
    Subscription[] feed = new Subscription[1];
    ChartOpener charts =
        new ChartOpener() {
          @Override
          public CompletableFuture<Void> open(
              BleDevice device, GattCharacteristic characteristic, String title) {
            throw new AssertionError("a serial plot has no subscription of its own");
          }

          @Override
          public CompletableFuture<Void> openFed(
              BleDevice device,
              GattCharacteristic characteristic,
              ChannelDecoder decoder,
              String title,
              Function<NotificationListener, Subscription> source) {
            opened.addAll(List.of(characteristic, decoder.names(), title));
            feed[0] =
                source.apply((h, v, t) -> fed.add(h + " " + new String(v, StandardCharsets.UTF_8)));
            return CompletableFuture.completedFuture(null);
          }
        };
    assertThatThrownBy(() -> console.plot(charts).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(console.error().get()).isEqualTo("plot failed: no numeric line received yet");
    console.start().get(5, TimeUnit.SECONDS);
    Waits.waitFor(() -> console.plottable().get());
    console.plot(charts).get(5, TimeUnit.SECONDS);
    assertThat(console.error().get()).isEmpty();
    assertThat(opened.get(0)).isEqualTo(console.pair().tx());
    assertThat(opened.get(1)).isEqualTo(List.of("t", "hum", "co2"));
    assertThat(opened.get(2)).isEqualTo(UartDevice.ADDRESS + " · serial plot");
    console.input().set("ping");
    CompletableFuture<Void> sent;
    synchronized (this) { // the UI lock: sending shows the line at once
      sent = console.send();
    }
    sent.get(5, TimeUnit.SECONDS);
    Waits.waitFor(() -> texts().contains("ping") && fed.size() >= 3);
    assertThat(console.rejected().get()).as("the echo is not a plot line").isPositive();
    assertThat(fed)
        .allSatisfy(
            line -> {
              assertThat(line).startsWith(UartDevice.TX + " t:");
              assertThat(line).doesNotContain("ping");
            });
    assertThat(feed[0].isActive()).isTrue();
    feed[0].close();
    assertThat(feed[0].isActive()).isFalse();
    int before = fed.size();
    long lines = console.linesReceived().get();
    Waits.waitFor(() -> console.linesReceived().get() > lines + 2);
    assertThat(fed).as("a closed feed gets no more lines").hasSize(before);
  }

  @Test
  void aLineReceivedBeforeASendStaysBeforeItWhenTheUiRunsItLate() throws Exception {
    List<Runnable> queued = new CopyOnWriteArrayList<>();
    console = onUart(queued::add, ConsoleViewModel.MAX_ENTRIES);
    console.start().get(5, TimeUnit.SECONDS);
    // a sensor line takes two notifications at the default MTU; four updates hold a whole line
    Waits.waitFor(() -> queued.size() >= 4);
    List<Runnable> late = List.copyOf(queued);
    console.input().set("x");
    console.send();
    late.forEach(Runnable::run);
    List<ConsoleEntry> shown = List.copyOf(console.entries());
    assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
    assertThat(shown.get(shown.size() - 1).sent()).as("the send came last").isTrue();
    assertThat(shown.subList(0, shown.size() - 1)).noneMatch(ConsoleEntry::sent);
    assertThat(shown).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
  }

  @Test
  void theOldestLinesGoBeyondTheBoundAndAreCounted() throws Exception {
    console = onUart(UiExecutor.direct(), 3);
    for (String s : List.of("a", "b", "c", "d", "e")) {
      console.input().set(s);
      console.send().get(5, TimeUnit.SECONDS);
    }
    assertThat(console.entries()).map(this::text).containsExactly("c", "d", "e");
    assertThat(console.trimmed().get()).isEqualTo(2);
  }

  @Test
  void historyWalksBackAndForth() throws Exception {
    console = onUart(UiExecutor.direct(), ConsoleViewModel.MAX_ENTRIES);
    for (String s : List.of("a", "b", "b")) {
      console.input().set(s);
      console.send().get(5, TimeUnit.SECONDS);
    }
    console.historyUp();
    assertThat(console.input().get()).isEqualTo("b");
    console.historyUp();
    assertThat(console.input().get()).isEqualTo("a");
    console.historyUp();
    assertThat(console.input().get()).isEqualTo("a");
    console.historyDown();
    assertThat(console.input().get()).isEqualTo("b");
    console.historyDown();
    assertThat(console.input().get()).isEmpty();
    console.clear();
    assertThat(console.entries()).isEmpty();
  }

  @Test
  void entriesRenderAsTextHexOrBoth() {
    ConsoleEntry e =
        new ConsoleEntry(
            Instant.parse("2026-12-02T20:00:01.250Z"), true, "hi".getBytes(StandardCharsets.UTF_8));
    assertThat(e.render(ConsoleEntry.Mode.ASCII, true)).isEqualTo("20:00:01.250 > hi");
    assertThat(e.render(ConsoleEntry.Mode.HEX, false)).isEqualTo("> 68 69");
    assertThat(e.render(ConsoleEntry.Mode.BOTH, false)).isEqualTo("> hi  [68 69]");
  }

  private synchronized List<String> texts() {
    return console.entries().stream().filter(e -> !e.sent()).map(this::text).toList();
  }

  private String text(ConsoleEntry e) {
    return new String(e.bytes(), StandardCharsets.UTF_8);
  }
}
