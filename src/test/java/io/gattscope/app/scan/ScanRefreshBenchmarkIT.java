package io.gattscope.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.fake.ManualTicker;
import io.gattscope.app.fake.TestContext;
import io.gattscope.app.knowledge.Knowledge;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark of the scan list's UI refresh with 500 advertisers each sending 10 packets between two
 * 100 ms ticks: prints the median and p99 cost of one UI update. Run with {@code mvn -B verify
 * -Dit.test=ScanRefreshBenchmarkIT -Dgattscope.bench=true -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "gattscope.bench", matches = "true")
class ScanRefreshBenchmarkIT {
  private static final int ADVERTISERS = 500;
  private static final int TICKS = 300;

  @Test
  void fiveHundredAdvertisersRefreshInOneUpdatePerTick() {
    ManualTicker ticker = new ManualTicker();
    AtomicLong now = new AtomicLong(1_000_000_000L);
    AtomicInteger updates = new AtomicInteger();
    long[] costs = new long[TICKS];
    int[] index = {0};
    ScanListViewModel vm =
        new ScanListViewModel(
            r -> {
              updates.incrementAndGet();
              long t0 = System.nanoTime();
              r.run();
              costs[index[0]] = System.nanoTime() - t0;
            },
            ticker,
            now::get,
            Knowledge.standard(),
            new TestContext().log);
    byte[] data = {2, 1, 6, 5, 9, 'B', 'e', 'a', 'c'};
    for (int t = 0; t < TICKS; t++) {
      for (int p = 0; p < 10; p++) {
        for (int a = 0; a < ADVERTISERS; a++) {
          vm.onAdvertisement(
              new Advertisement(
                  new BleAddress(0xC0FFEE000000L + a),
                  AddressType.RANDOM,
                  -40 - ((a + p + t) % 60),
                  Advertisement.PacketType.NON_CONNECTABLE,
                  data,
                  now.get()));
        }
      }
      index[0] = t;
      ticker.tick();
      now.addAndGet(100_000_000L);
    }
    assertThat(vm.rows()).hasSize(ADVERTISERS);
    assertThat(updates.get()).as("one UI update per tick, never one per packet").isEqualTo(TICKS);
    long[] warm = Arrays.copyOfRange(costs, TICKS / 3, TICKS);
    Arrays.sort(warm);
    System.out.printf(
        "scan list, %d advertisers x 10 packets per 100 ms tick: UI update median %.2f ms, p99 %.2f"
            + " ms, %d updates for %d packets%n",
        ADVERTISERS,
        warm[warm.length / 2] / 1e6,
        warm[(int) (warm.length * 0.99)] / 1e6,
        updates.get(),
        (long) TICKS * 10 * ADVERTISERS);
  }
}
