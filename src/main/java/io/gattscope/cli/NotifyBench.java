package io.gattscope.cli;

import io.gattscope.ble.Backends;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One run of the notification benchmark: the simulator blasts numbered notifications as BGAPI bytes
 * over a link into the BGAPI backend, opened through {@link Backends} as a library user would, and
 * a subscriber counts what reaches its listener.
 */
final class NotifyBench {
  /** The longest a run may take to deliver its burst (longer for bursts over 3 million). */
  static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

  /** A run ends early once nothing new arrived for this long. */
  static final Duration QUIET = Duration.ofSeconds(1);

  /**
   * What one run measured.
   *
   * @param sent notifications the simulator wrote
   * @param received notifications the listener got
   * @param lost sent minus received
   * @param reordered notifications that arrived after a higher sequence number
   * @param nanos from the start of the burst to the last notification received
   * @param heapBefore heap in use before the burst, bytes
   * @param heapAfter heap in use after the burst, bytes
   */
  record Run(
      long sent,
      long received,
      long lost,
      long reordered,
      long nanos,
      long heapBefore,
      long heapAfter) {
    double perSecond() {
      return nanos <= 0 ? 0 : received * 1e9 / nanos;
    }
  }

  private NotifyBench() {}

  /** Runs over the simulator's in-memory link: adapter {@code sim}. */
  static Run inMemory(int count, int payloadSize) throws InterruptedException {
    try (BleBackend backend = new Backends().open("sim")) {
      SimulatorControl sim =
          SimulatedAdapter.controlOf(backend)
              .orElseThrow(() -> new IllegalStateException("adapter sim has no simulator"));
      return measure(sim, backend, count, payloadSize);
    }
  }

  /**
   * Runs over a serial link: the simulator serves {@code devicePath}, and the host opens adapter
   * {@code bgapi:hostPath}.
   */
  static Run serial(String devicePath, String hostPath, int count, int payloadSize)
      throws InterruptedException {
    try (Simulator sim = Simulator.serveSerial(devicePath, SimulatorConfig.defaults());
        BleBackend backend = new Backends().open("bgapi:" + hostPath)) {
      return measure(sim, backend, count, payloadSize);
    }
  }

  private static Run measure(SimulatorControl sim, BleBackend backend, int count, int payloadSize)
      throws InterruptedException {
    BleDevice device = backend.connect(HeartRateMonitor.ADDRESS, ConnectOptions.defaults());
    int handle = HeartRateMonitor.HEART_RATE_MEASUREMENT;
    sim.setNotificationRate(HeartRateMonitor.ADDRESS, handle, 0);
    SequenceChecker checker = new SequenceChecker(count);
    try (Subscription sub =
        device.subscribe(CharacteristicRef.handle(handle), SubscriptionType.NOTIFY, checker)) {
      int connection = sim.connections().get(0);
      long heapBefore = Stats.usedHeapAfterGc();
      long start = System.nanoTime();
      long limit = Math.max(DRAIN_TIMEOUT.toSeconds(), count / 100_000L);
      var sent =
          sim.blast(connection, handle, count, payloadSize)
              .orTimeout(limit, TimeUnit.SECONDS)
              .join();
      checker.awaitAll(QUIET, Duration.ofSeconds(limit));
      long end = checker.lastNanos();
      long heapAfter = Stats.usedHeapAfterGc();
      return new Run(
          sent.count(),
          checker.received(),
          Math.max(0, sent.count() - checker.received()),
          checker.reordered(),
          end == 0 ? 0 : end - start,
          heapBefore,
          heapAfter);
    }
  }
}
