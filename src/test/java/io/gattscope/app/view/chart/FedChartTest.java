package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import io.gattscope.stream.uart.PlotLineDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart fed by its caller (the serial plotter): decodes what the feed hands it into the ring
 * buffer and the CSV export, closes the feed with the chart, and takes a new feed in the same chart
 * once the old one ended.
 */
@ExtendWith(ApplicationExtension.class)
class FedChartTest {
  private final SimulatedImu imu = new SimulatedImu();
  @TempDir Path dir;

  @AfterEach
  void stop() throws Exception {
    fx(
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            w.hide();
          }
          return null;
        });
    imu.close();
  }

  @Test
  void aFedChartPlotsItsLinesExportsThemAndTakesANewFeedAfterTheOldEnded() throws Exception {
    ChartWindows windows = new ChartWindows(new RateMeter(), null, () -> 0, Settings.inMemory());
    ChartDockViewModel dock = windows.dockModel();
    GattCharacteristic tx = imu.database().resolve(CharacteristicRef.handle(MotionSensor.MOTION));
    PlotLineDecoder decoder = new PlotLineDecoder(List.of("t", "hum"), true);
    Feed first = new Feed(tx);
    fx(() -> windows.openFed(imu.device(), tx, decoder, "serial plot", first::start));
    DockedChart chart = fx(() -> dock.charts().get(0));
    assertThat(fx(() -> chart.model().channels().stream().map(ChartChannel::label).toList()))
        .containsExactly("t", "hum");
    assertThat(fx(() -> chart.model().layoutHintProperty().get()))
        .startsWith("Serial plotter: numeric text lines");
    first.send("t:12.5,hum:40");
    first.send("t:12.75,hum:41");
    SampleRingBuffer ring = chart.model().feedProperty().get().buffer();
    assertThat(ring.writeSequence()).isEqualTo(2);
    SampleSnapshot snap = new SampleSnapshot(ring.capacity(), ring.channelCount());
    assertThat(ring.copySince(0, snap)).isEqualTo(2);
    assertThat(snap.channel(0)).startsWith(12.5, 12.75);
    assertThat(snap.channel(1)).startsWith(40.0, 41.0);
    Path csv = dir.resolve("plot.csv");
    assertThat(chart.model().exportCsv(csv, -1e9, 1e9)).isEqualTo(2);
    assertThat(Files.readAllLines(csv).get(0)).contains("t", "hum");

    Feed second = new Feed(tx);
    fx(() -> windows.openFed(imu.device(), tx, decoder, "serial plot", second::start));
    assertThat(second.listener).as("the first feed still runs: the chart is only shown").isNull();
    first.active = false;
    fx(() -> windows.openFed(imu.device(), tx, decoder, "serial plot", second::start));
    assertThat(fx(() -> dock.charts())).containsExactly(chart);
    second.send("t:13,hum:42");
    assertThat(ring.writeSequence()).as("the same chart goes on").isEqualTo(3);

    fx(
        () -> {
          dock.close(chart);
          return null;
        });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> second.closed);
  }

  /** A hand-driven feed of text lines. */
  private static final class Feed implements Subscription {
    private final GattCharacteristic tx;
    volatile NotificationListener listener;
    volatile boolean active = true;
    volatile boolean closed;

    Feed(GattCharacteristic tx) {
      this.tx = tx;
    }

    Subscription start(NotificationListener l) {
      listener = l;
      return this;
    }

    void send(String line) {
      listener.onNotification(
          tx.valueHandle(), line.getBytes(StandardCharsets.UTF_8), System.nanoTime());
    }

    @Override
    public GattCharacteristic characteristic() {
      return tx;
    }

    @Override
    public SubscriptionType type() {
      return SubscriptionType.NOTIFY;
    }

    @Override
    public boolean isActive() {
      return active && !closed;
    }

    @Override
    public long delivered() {
      return 0;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
