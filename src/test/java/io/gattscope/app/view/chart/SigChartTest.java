package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.Thermometer;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.SampleSnapshot;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Charts of SIG characteristics on the simulator through the real BGAPI backend, headless: channels
 * named by the SIG decoder, the device's dropped notifications in the drop count, and the bounded
 * wait for a first notification.
 */
@ExtendWith(ApplicationExtension.class)
class SigChartTest {
  private static SimulatedAdapter adapter;
  @TempDir Path dir;

  @BeforeAll
  static void startSimulator() {
    adapter = SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());
  }

  @AfterAll
  static void stopSimulator() {
    adapter.backend().stop();
    adapter.simulator().close();
  }

  /** The real device, with its dropped-notification count replaced and its subscriptions kept. */
  private record Spy(BleDevice device, AtomicLong drops, List<Subscription> subscriptions) {}

  private static Spy spy(BleDevice real) {
    AtomicLong drops = new AtomicLong();
    List<Subscription> subs = new CopyOnWriteArrayList<>();
    InvocationHandler h =
        (proxy, method, args) -> {
          if (method.getName().equals("droppedNotifications")) {
            return drops.get();
          }
          try {
            Object result = method.invoke(real, args);
            if (result instanceof CompletableFuture<?> f
                && method.getName().equals("subscribeAsync")) {
              f.thenAccept(s -> subs.add((Subscription) s));
            }
            return result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    BleDevice device =
        (BleDevice)
            Proxy.newProxyInstance(
                SigChartTest.class.getClassLoader(), new Class<?>[] {BleDevice.class}, h);
    return new Spy(device, drops, subs);
  }

  private static BleDevice connect(BleAddress address) {
    BleDevice d =
        adapter
            .backend()
            .connect(
                address, ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(3)));
    d.discover();
    return d;
  }

  @Test
  void heartRateChartHasTheSigChannelsGrowsAndCountsTheDevicesDrops() throws Exception {
    adapter
        .simulator()
        .setNotificationRate(HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 20);
    Spy hrm = spy(connect(HeartRateMonitor.ADDRESS));
    GattCharacteristic measurement =
        hrm.device()
            .services()
            .orElseThrow()
            .resolve(CharacteristicRef.handle(HeartRateMonitor.HEART_RATE_MEASUREMENT));
    ChartWindows windows =
        new ChartWindows(new RateMeter(), new LayoutStore(dir.resolve("layouts.json")));
    fx(() -> windows.open(hrm.device(), measurement, null, "HRM")).get(15, TimeUnit.SECONDS);
    DockedChart chart = fx(() -> chart(windows, "HRM"));
    LiveChartPane pane = fx(() -> windows.dock().frame(chart).pane());
    ChartViewModel model = chart.model();

    assertThat(fx(() -> model.channels().stream().map(ChartChannel::label).toList()))
        .startsWith("Heart Rate (bpm)")
        .allSatisfy(l -> assertThat(l).matches("Heart Rate \\(bpm\\)|RR-Interval( \\d)? \\(ms\\)"));
    assertThat(fx(() -> model.layoutSpecProperty().get())).isEmpty();
    assertThat(fx(() -> model.layoutHintProperty().get()))
        .startsWith("SIG decoder: Heart Rate Measurement");
    var buffer = model.feedProperty().get().buffer();
    long first = buffer.writeSequence();
    assertThat(first).as("the value the channels were learned from is charted too").isPositive();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> buffer.writeSequence() >= first + 5);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0)) > 2);

    hrm.drops().set(7);
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> fx(() -> model.droppedProperty().get()) >= 7);

    fx(
        () -> {
          windows.dockModel().close(chart);
          return null;
        });
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> hrm.subscriptions().stream().noneMatch(Subscription::isActive));
    hrm.device().disconnect();
  }

  @Test
  void aCharacteristicThatNeverNotifiesFailsTheOpenAndUnsubscribes() throws Exception {
    adapter
        .simulator()
        .setNotificationRate(Thermometer.ADDRESS, Thermometer.TEMPERATURE_MEASUREMENT, 0);
    Spy thermo = spy(connect(Thermometer.ADDRESS));
    GattCharacteristic measurement =
        thermo
            .device()
            .services()
            .orElseThrow()
            .resolve(CharacteristicRef.handle(Thermometer.TEMPERATURE_MEASUREMENT));
    ChartWindows windows = windows(Duration.ofMillis(800));
    CompletableFuture<Stage> open =
        fx(() -> windows.open(thermo.device(), measurement, null, "Body temperature"));
    try {
      open.get(10, TimeUnit.SECONDS);
      throw new AssertionError("the chart opened without a notification");
    } catch (ExecutionException e) {
      assertThat(e.getCause())
          .isInstanceOf(BleTimeoutException.class)
          .hasMessageContaining("a notification from Body temperature to learn its chart channels")
          .hasMessageContaining("800 ms");
    }
    assertThat(thermo.subscriptions()).hasSize(1);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !thermo.subscriptions().get(0).isActive());
    thermo.device().disconnect();
  }

  @Test
  void aReadableCharacteristicLearnsItsChannelsFromARead() throws Exception {
    adapter.simulator().setNotificationRate(Thermometer.ADDRESS, Thermometer.TEMPERATURE, 0);
    BleDevice thermo = connect(Thermometer.ADDRESS);
    GattCharacteristic temperature =
        thermo.services().orElseThrow().resolve(CharacteristicRef.handle(Thermometer.TEMPERATURE));
    ChartWindows windows = windows(Duration.ofMillis(800));
    fx(() -> windows.open(thermo, temperature, null, "Room")).get(10, TimeUnit.SECONDS);
    DockedChart chart = fx(() -> chart(windows, "Room"));
    ChartViewModel model = chart.model();
    assertThat(fx(() -> model.channels().stream().map(ChartChannel::label).toList()))
        .containsExactly("Temperature (°C)");
    var buffer = model.feedProperty().get().buffer();
    assertThat(buffer.writeSequence()).as("the read value, with no notification at all").isOne();
    SampleSnapshot snapshot = new SampleSnapshot(4, 1);
    assertThat(buffer.copySince(0, snapshot)).isOne();
    assertThat(snapshot.channel(0)[0]).as("°C of the simulated room").isBetween(15.0, 30.0);
    fx(
        () -> {
          windows.dockModel().close(chart);
          return null;
        });
    thermo.disconnect();
  }

  private static ChartWindows windows(Duration learnTimeout) {
    return new ChartWindows(new RateMeter(), null, () -> 0, Settings.inMemory(), learnTimeout);
  }

  private static DockedChart chart(ChartWindows windows, String title) {
    return windows.dockModel().charts().stream()
        .filter(c -> c.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
