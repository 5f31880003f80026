package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.PayloadWriter;
import io.gattscope.ble.sim.world.ValueStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes a connection's self-updating values to the host once per connection event (every {@value
 * #TICK_MICROS} µs, the 7.5 ms connection interval), as a real link does: every stream whose CCCD
 * is enabled gets the samples its rate owes since the last event, encoded into one buffer and sent
 * in one burst with one write; an indication waits for attclient_indicate_confirm before the next
 * one. Also walks the link's RSSI.
 */
final class NotificationPump {
  /** The connection interval: one burst of notifications per connection event. */
  static final long TICK_MICROS = 7_500;

  /** At most this many seconds' worth of samples are caught up after a late tick. */
  private static final double MAX_CATCH_UP_SECONDS = 0.25;

  private final SimulatedDongle d;
  private final SimConnection c;
  private final List<ValueStream> streams;
  private final double[] owed;
  private final PayloadWriter buffer = new PayloadWriter(64 * 1024);
  private final SplittableRandom random;
  private long last;

  NotificationPump(SimulatedDongle dongle, SimConnection connection) {
    this.d = dongle;
    this.c = connection;
    this.streams = connection.peripheral.streams();
    this.owed = new double[streams.size()];
    this.random = new SplittableRandom(dongle.config.seed() ^ connection.handle);
  }

  /** Starts ticking; null when the simulator is already shutting down. */
  ScheduledFuture<?> start() {
    last = System.nanoTime();
    try {
      return d.scheduler.scheduleAtFixedRate(
          () -> d.runLocked(this::tick), TICK_MICROS, TICK_MICROS, TimeUnit.MICROSECONDS);
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  private void tick() {
    if (d.connection(c.handle) != c || d.silent(c.peripheral.address())) {
      last = System.nanoTime();
      return;
    }
    long now = System.nanoTime();
    double dt = (now - last) / 1e9;
    last = now;
    walkRssi();
    buffer.reset();
    int frames = 0;
    for (int i = 0; i < streams.size(); i++) {
      ValueStream s = streams.get(i);
      boolean enabled =
          s.indicate()
              ? c.server.indicating(c.session, s.valueHandle())
              : c.server.notifying(c.session, s.valueHandle());
      double rate = rate(s);
      if (!enabled || rate <= 0) {
        owed[i] = 0;
        continue;
      }
      owed[i] = Math.min(owed[i] + dt * rate, Math.max(1, rate * MAX_CATCH_UP_SECONDS));
      int n = (int) owed[i];
      owed[i] -= n;
      n = Math.min(n, s.ready());
      if (s.indicate()) {
        if (n > 0 && !c.awaitingConfirm) {
          append(s.valueHandle(), BgapiConstants.VALUE_INDICATE_RSP_REQ, s.next());
          c.awaitingConfirm = true;
          frames++;
        }
        continue;
      }
      for (int k = 0; k < n; k++) {
        append(s.valueHandle(), BgapiConstants.VALUE_NOTIFY, s.next());
        frames++;
        if (buffer.size() > 48 * 1024) {
          flush(frames);
          frames = 0;
        }
      }
    }
    flush(frames);
  }

  private double rate(ValueStream s) {
    Double o =
        d.rateOverrides.get(SimulatedDongle.streamKey(c.peripheral.address(), s.valueHandle()));
    return o != null ? o : s.rateHz();
  }

  private void append(int handle, int type, byte[] value) {
    BgapiCodec.encodeInto(
        new AttclientMessages.AttributeValueEvent(c.handle, handle, type, value), buffer);
  }

  private void flush(int frames) {
    if (frames > 0) {
      d.outbox.write(buffer.array(), buffer.size(), frames);
    }
    buffer.reset();
  }

  private void walkRssi() {
    int mean =
        d.rssiOverrides.getOrDefault(c.peripheral.address(), c.peripheral.advertiser().meanRssi());
    c.rssi += random.nextGaussian() * 0.3 + (mean - c.rssi) * 0.02;
  }
}
