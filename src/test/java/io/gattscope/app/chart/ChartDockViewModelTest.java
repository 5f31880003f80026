package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.app.fake.Peripherals;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dock's state without a toolkit: layout persistence, focus and closing. */
class ChartDockViewModelTest {
  private final RateMeter meter = new RateMeter();
  private final BleDevice device = Peripherals.hrm();

  @Test
  void layoutIsRestoredFromTheSettingsAndSavedOnChange() {
    Settings settings = Settings.inMemory();
    ChartDockViewModel first = new ChartDockViewModel(settings);
    assertThat(first.layoutProperty().get()).as("default").isEqualTo(ChartLayout.TABS);
    first.layoutProperty().set(ChartLayout.STACKED);
    assertThat(new ChartDockViewModel(settings).layoutProperty().get())
        .isEqualTo(ChartLayout.STACKED);
    first.layoutProperty().set(null);
    assertThat(first.layoutProperty().get()).as("never null").isEqualTo(ChartLayout.STACKED);
    settings.put(ChartDockViewModel.LAYOUT_KEY, "SPIRAL");
    assertThat(new ChartDockViewModel(settings).layoutProperty().get())
        .as("unknown stored value")
        .isEqualTo(ChartLayout.TABS);
  }

  @Test
  void sideBySideUsesOneRowForUpToThreeChartsThenASquareGrid() {
    assertThat(List.of(1, 2, 3, 4, 5, 9, 10).stream().map(ChartLayout.SIDE_BY_SIDE::columns))
        .containsExactly(1, 2, 3, 2, 3, 3, 4);
    assertThat(ChartLayout.STACKED.columns(5)).isEqualTo(1);
  }

  @Test
  void closingAChartUnsubscribesItAndFocusesANeighbour() throws Exception {
    ChartDockViewModel dock = new ChartDockViewModel(Settings.inMemory());
    FakeSubscription s1 = new FakeSubscription();
    FakeSubscription s2 = new FakeSubscription();
    DockedChart one = dock.add(new ChartKey(device, 8), model("one"), s1);
    DockedChart two = dock.add(new ChartKey(device, 12), model("two"), s2);
    assertThat(dock.selectedProperty().get()).isSameAs(two);
    assertThat(dock.find(new ChartKey(device, 8))).containsSame(one);
    assertThatThrownBy(() -> dock.add(new ChartKey(device, 8), model("again"), s1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0x8 is already charted");

    dock.close(two);
    assertThat(s2.closed.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(s1.closed.getCount()).isEqualTo(1);
    assertThat(dock.charts()).containsExactly(one);
    assertThat(dock.selectedProperty().get()).isSameAs(one);
    dock.close(two);
    assertThat(dock.charts()).containsExactly(one);
  }

  @Test
  void closingTheDockClosesOnlyTheChartsItHolds() throws Exception {
    ChartDockViewModel dock = new ChartDockViewModel(Settings.inMemory());
    FakeSubscription s1 = new FakeSubscription();
    DockedChart docked = dock.add(new ChartKey(device, 8), model("docked"), s1);
    DockedChart own = dock.add(new ChartKey(device, 12), model("own"), new FakeSubscription());
    dock.detach(own);
    dock.closeDocked();
    assertThat(s1.closed.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(dock.charts()).containsExactly(own);
    dock.redock(own);
    assertThat(own.detachedProperty().get()).isFalse();
    assertThat(dock.selectedProperty().get()).isSameAs(own);
    assertThat(dock.find(new ChartKey(device, 8))).isEmpty();
    assertThat(docked.detachedProperty().get()).isFalse();
  }

  private ChartViewModel model(String title) {
    return new ChartViewModel(
        title, PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT), null, null, meter, () -> 0);
  }

  /** Counts down when closed. */
  private static final class FakeSubscription implements Subscription {
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public GattCharacteristic characteristic() {
      throw new UnsupportedOperationException("not used by the dock");
    }

    @Override
    public SubscriptionType type() {
      return SubscriptionType.NOTIFY;
    }

    @Override
    public boolean isActive() {
      return closed.getCount() > 0;
    }

    @Override
    public long delivered() {
      return 0;
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }
}
