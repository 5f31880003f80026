package io.gattscope.ble.sim.world;

import io.gattscope.ble.BleAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a scanning radio hears over time: each device advertises every interval plus the spec's 0-10
 * ms random delay, its RSSI wanders around its mean, and some packets are missed (more when the
 * scan window covers less of the scan interval). Not thread-safe; one scanner drives it.
 */
public final class Airwaves {
  /** Chance that a packet is lost even with a 100 % scan duty cycle. */
  public static final double BASE_LOSS = 0.05;

  private final List<State> states = new ArrayList<>();
  private final Map<BleAddress, Integer> meanOverrides = new HashMap<>();
  private final Set<BleAddress> silenced = new HashSet<>();
  private final SplittableRandom random;
  private double dutyCycle = 1.0;
  private boolean active;
  private SimWorld world;
  private final long startNanos;

  private static final class State {
    final Advertiser adv;
    long nextNanos;
    double rssi;

    State(Advertiser adv, long nextNanos) {
      this.adv = adv;
      this.nextNanos = nextNanos;
      this.rssi = adv.meanRssi();
    }
  }

  /**
   * Starts listening at {@code nowNanos} to the devices of {@code world}.
   *
   * @param world the devices in range; each first advertises within one interval of the start
   * @param seed fixes the random delays, RSSI walks and missed packets
   * @param nowNanos the start on the {@link System#nanoTime()} scale
   */
  public Airwaves(SimWorld world, long seed, long nowNanos) {
    random = new SplittableRandom(seed);
    this.world = world;
    this.startNanos = nowNanos;
  }

  /**
   * The devices heard, set up on first use as of the start: a run that only connects never builds
   * the devices it does not talk to.
   */
  private List<State> states() {
    if (world != null) {
      for (SimPeripheral p : world.peripherals()) {
        long first =
            startNanos + (long) (random.nextDouble() * p.advertiser().intervalMillis() * 1e6);
        states.add(new State(p.advertiser(), first));
      }
      world = null;
    }
    return states;
  }

  /**
   * Starts listening to a device that came into range, in place of one with the same address.
   *
   * @param adv the device's advertising; it first advertises within one interval of {@code
   *     nowNanos}
   * @param nowNanos the time now on the {@link System#nanoTime()} scale
   */
  public void add(Advertiser adv, long nowNanos) {
    states().removeIf(s -> s.adv.address().equals(adv.address()));
    meanOverrides.remove(adv.address());
    long first = nowNanos + (long) (random.nextDouble() * adv.intervalMillis() * 1e6);
    states.add(new State(adv, first));
  }

  /**
   * Sets the scan parameters.
   *
   * @param intervalUnits scan interval (0x0004..0x4000, units of 0.625 ms)
   * @param windowUnits scan window (0x0004..interval, units of 0.625 ms)
   * @param activeScan whether scannable devices are asked for a scan response
   */
  public void configure(int intervalUnits, int windowUnits, boolean activeScan) {
    dutyCycle = Math.min(1.0, (double) windowUnits / intervalUnits);
    active = activeScan;
  }

  /**
   * Moves the RSSI mean of one device (-127..20 dBm); the walk continues around it.
   *
   * @param address the device's address
   * @param dbm the new mean in dBm (the heard RSSI stays within -105..-20 dBm)
   */
  public void setMeanRssi(BleAddress address, int dbm) {
    meanOverrides.put(address, dbm);
  }

  /**
   * Stops (or resumes) a device's advertising, as a peripheral does while it is connected.
   *
   * @param address the device's address
   * @param silent true to stop its advertising, false to resume it
   */
  public void setSilenced(BleAddress address, boolean silent) {
    if (silent) {
      silenced.add(address);
    } else {
      silenced.remove(address);
    }
  }

  /**
   * Everything heard up to {@code nowNanos} since the last call, in time order per device.
   *
   * @param nowNanos the time now on the {@link System#nanoTime()} scale
   * @return the advertising reports and, for an active scan, scan responses; may be empty
   */
  public List<AdvertisingReport> poll(long nowNanos) {
    List<AdvertisingReport> out = new ArrayList<>();
    for (State s : states()) {
      while (s.nextNanos <= nowNanos) {
        hear(s, out);
        long delay = (long) (random.nextDouble() * 10e6);
        s.nextNanos += s.adv.intervalMillis() * 1_000_000L + delay;
      }
    }
    return out;
  }

  /**
   * The earliest time a device will advertise next.
   *
   * @return a {@link System#nanoTime()} value, or {@link Long#MAX_VALUE} for an empty world
   */
  public long nextDueNanos() {
    long min = Long.MAX_VALUE;
    for (State s : states()) {
      min = Math.min(min, s.nextNanos);
    }
    return min;
  }

  private void hear(State s, List<AdvertisingReport> out) {
    if (silenced.contains(s.adv.address())) {
      return;
    }
    int mean = meanOverrides.getOrDefault(s.adv.address(), s.adv.meanRssi());
    s.rssi += random.nextGaussian() * 1.5 + (mean - s.rssi) * 0.1;
    s.rssi = Math.max(-105, Math.min(-20, s.rssi));
    double heard = (1 - BASE_LOSS) * dutyCycle;
    if (random.nextDouble() >= heard) {
      return;
    }
    int rssi = (int) Math.round(s.rssi);
    Advertiser a = s.adv;
    out.add(new AdvertisingReport(rssi, a.packetType(), a.address(), a.addressType(), a.advData()));
    if (active && a.scannable() && random.nextDouble() < 1 - BASE_LOSS) {
      int r = rssi + random.nextInt(-1, 2);
      out.add(new AdvertisingReport(r, 4, a.address(), a.addressType(), a.scanResponse()));
    }
  }
}
