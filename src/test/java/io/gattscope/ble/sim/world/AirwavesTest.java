package io.gattscope.ble.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirwavesTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void passiveScanHearsAdvertisementsButNoScanResponses() {
    Airwaves air = new Airwaves(SimWorld.standard(3), 3, 0);
    air.configure(0x4B, 0x4B, false);
    List<AdvertisingReport> heard = air.poll(2 * SECOND);
    assertThat(heard).isNotEmpty().noneMatch(r -> r.packetType() == 4);
    assertThat(heard.stream().map(AdvertisingReport::address).distinct().count())
        .isGreaterThanOrEqualTo(30);
  }

  @Test
  void activeScanAddsScanResponsesFromScannableDevices() {
    Airwaves air = new Airwaves(SimWorld.standard(3), 3, 0);
    air.configure(0x4B, 0x4B, true);
    List<AdvertisingReport> heard = air.poll(2 * SECOND);
    assertThat(heard)
        .anyMatch(r -> r.packetType() == 4 && r.address().equals(HeartRateMonitor.ADDRESS))
        .filteredOn(r -> r.packetType() == 4)
        .allMatch(r -> !r.address().equals(BeaconCrowd.create(6).get(0).address()));
  }

  @Test
  void intervalsIncludeTheRandomDelayAndRssiWandersNearTheMean() {
    Airwaves air = new Airwaves(SimWorld.standard(5), 5, 0);
    air.configure(16, 16, false);
    List<AdvertisingReport> hrm = new ArrayList<>();
    for (long t = 0; t <= 20 * SECOND; t += SECOND / 100) {
      air.poll(t).stream()
          .filter(r -> r.address().equals(HeartRateMonitor.ADDRESS))
          .forEach(hrm::add);
    }
    // 100 ms interval + 0..10 ms delay over 20 s: about 190 packets, ~5 % lost.
    assertThat(hrm.size()).isBetween(160, 200);
    assertThat(hrm.stream().mapToInt(AdvertisingReport::rssi).distinct().count()).isGreaterThan(3);
    assertThat(hrm).allMatch(r -> r.rssi() > -75 && r.rssi() < -35 && r.packetType() == 0);
    air.setMeanRssi(HeartRateMonitor.ADDRESS, -90);
    List<AdvertisingReport> later = air.poll(30 * SECOND);
    assertThat(
            later.stream()
                .filter(r -> r.address().equals(HeartRateMonitor.ADDRESS))
                .toList()
                .get(80)
                .rssi())
        .isLessThan(-80);
  }

  @Test
  void aNarrowScanWindowHearsLess() {
    Airwaves full = new Airwaves(SimWorld.standard(9), 9, 0);
    full.configure(100, 100, false);
    Airwaves narrow = new Airwaves(SimWorld.standard(9), 9, 0);
    narrow.configure(100, 25, false);
    int a = full.poll(5 * SECOND).size();
    int b = narrow.poll(5 * SECOND).size();
    assertThat(b).isLessThan(a / 2).isGreaterThan(a / 8);
  }
}
