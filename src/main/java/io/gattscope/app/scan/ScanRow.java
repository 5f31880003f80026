package io.gattscope.app.scan;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.ScanResult;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One advertiser in the scan list; updated on the UI thread by {@link ScanListViewModel}. */
public final class ScanRow {
  /** How far back the RSSI sparkline reaches, in nanoseconds (30 s). */
  static final long HISTORY_NANOS = 30_000_000_000L;

  private final BleAddress address;
  private final ReadOnlyObjectWrapper<ScanResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper rssi = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<int[]> rssiHistory = new ReadOnlyObjectWrapper<>(new int[0]);
  private final ReadOnlyStringWrapper company = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper services = new ReadOnlyStringWrapper("");
  private final ReadOnlyLongWrapper lastSeenNanos = new ReadOnlyLongWrapper();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper lastSeenText = new ReadOnlyStringWrapper("0 s ago");
  private final ArrayDeque<long[]> samples = new ArrayDeque<>();

  ScanRow(BleAddress address) {
    this.address = address;
  }

  void update(ScanResult r, String company, List<String> services) {
    result.set(r);
    name.set(r.name().orElse(""));
    rssi.set(r.rssi());
    this.company.set(company);
    this.services.set(String.join(", ", services));
    lastSeenNanos.set(r.lastSeenNanos());
    stale.set(false);
    samples.addLast(new long[] {r.lastSeenNanos(), r.rssi()});
  }

  /** Publishes how long ago the last packet came, in whole seconds (changes once a second). */
  void age(long nowNanos) {
    long seconds = Math.max(0, (nowNanos - lastSeenNanos.get()) / 1_000_000_000L);
    String text = seconds + " s ago";
    if (!text.equals(lastSeenText.get())) {
      lastSeenText.set(text);
    }
  }

  /** "N s ago", refreshed on every tick even while the device is silent. */
  public ReadOnlyStringProperty lastSeenTextProperty() {
    return lastSeenText.getReadOnlyProperty();
  }

  /** Drops samples older than 30 s and publishes the sparkline. */
  void trimHistory(long nowNanos) {
    while (!samples.isEmpty() && nowNanos - samples.peekFirst()[0] > HISTORY_NANOS) {
      samples.removeFirst();
    }
    int[] values = samples.stream().mapToInt(s -> (int) s[1]).toArray();
    if (!Arrays.equals(values, rssiHistory.get())) {
      rssiHistory.set(values);
    }
  }

  void markStale(boolean value) {
    stale.set(value);
  }

  public BleAddress address() {
    return address;
  }

  /** The address type from the latest packet. */
  public AddressType addressType() {
    return result.get().addressType();
  }

  /** "AA:BB:CC:DD:EE:FF (random)". */
  public String addressText() {
    return address + " (" + addressType().name().toLowerCase(Locale.ROOT) + ")";
  }

  /** The name, or the address when the device advertises none. */
  public String displayName() {
    return name.get().isEmpty() ? address.toString() : name.get();
  }

  public ReadOnlyObjectProperty<ScanResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty rssiProperty() {
    return rssi.getReadOnlyProperty();
  }

  /** RSSI samples of the last 30 s, oldest first (at most one per list refresh). */
  public ReadOnlyObjectProperty<int[]> rssiHistoryProperty() {
    return rssiHistory.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty companyProperty() {
    return company.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty servicesProperty() {
    return services.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty lastSeenNanosProperty() {
    return lastSeenNanos.getReadOnlyProperty();
  }

  /** True when nothing was heard for a while (the view dims the row). */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }
}
