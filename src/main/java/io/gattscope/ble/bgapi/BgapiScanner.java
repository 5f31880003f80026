package io.gattscope.ble.bgapi;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.GapMessages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the dongle's one discovery procedure for any number of scan listeners, and pauses it while a
 * connection is being made (BGAPI cannot do both).
 */
final class BgapiScanner {
  private static final Logger LOG = LoggerFactory.getLogger(BgapiScanner.class);

  /**
   * gap_discover's observation mode: every advertiser is reported, not only those whose Flags say
   * limited or general discoverable, so beacons that send no Flags are seen too (as pygatt scans).
   */
  private static final int OBSERVATION = 2;

  private final CommandChannel channel;
  private final Duration timeout;
  private final ListenerLane lane;
  private final List<Consumer<Advertisement>> listeners = new CopyOnWriteArrayList<>();
  private ScanOptions current;
  private boolean discovering;

  BgapiScanner(CommandChannel channel, Duration timeout) {
    this.channel = channel;
    this.timeout = timeout;
    this.lane = new ListenerLane("bgapi-scan", 16_384);
  }

  /** Adds a listener, starting discovery for the first one. */
  Registration add(ScanOptions options, Consumer<Advertisement> listener) {
    synchronized (this) {
      listeners.add(listener);
      if (listeners.size() == 1) {
        current = options;
        try {
          begin();
        } catch (RuntimeException e) {
          listeners.remove(listener);
          throw e;
        }
      }
    }
    return Registration.once(() -> remove(listener));
  }

  private void remove(Consumer<Advertisement> listener) {
    synchronized (this) {
      if (listeners.remove(listener) && listeners.isEmpty() && discovering) {
        discovering = false;
        endQuietly();
      }
    }
  }

  /** Ends discovery for a connection attempt; returns whether it was running. */
  synchronized boolean pause() {
    if (!discovering) {
      return false;
    }
    discovering = false;
    endQuietly();
    return true;
  }

  /** Restarts discovery after a connection attempt when listeners remain. */
  synchronized void resume() {
    if (!listeners.isEmpty() && !discovering) {
      try {
        begin();
      } catch (RuntimeException e) {
        LOG.warn("could not resume scanning after connecting: {}", e.getMessage());
      }
    }
  }

  /** A scan response from the dongle (I/O thread). */
  void onScanResponse(GapMessages.ScanResponseEvent e, long now) {
    if (listeners.isEmpty()) {
      return;
    }
    Advertisement a =
        new Advertisement(
            e.sender(),
            AddressType.fromCode(e.addressType()),
            e.rssi(),
            Advertisement.PacketType.fromCode(e.packetType()),
            e.data().toArray(),
            now);
    for (Consumer<Advertisement> l : listeners) {
      lane.offer(() -> l.accept(a));
    }
  }

  long droppedCallbacks() {
    return lane.dropped();
  }

  void shutdown() {
    listeners.clear();
    lane.shutdown();
  }

  private void begin() {
    ScanOptions o = current;
    int interval = units(o.interval());
    int window = units(o.window());
    check(
        call(new GapMessages.SetScanParameters(interval, window, o.active() ? 1 : 0)),
        "gap_set_scan_parameters");
    BgapiMessage r = call(new GapMessages.Discover(OBSERVATION));
    if (Results.of(r) == BgapiErrors.WRONG_STATE) {
      endQuietly();
      r = call(new GapMessages.Discover(OBSERVATION));
    }
    check(r, "gap_discover");
    discovering = true;
  }

  private void endQuietly() {
    try {
      call(new GapMessages.EndProcedure());
    } catch (RuntimeException e) {
      LOG.warn("could not end the scan (gap_end_procedure): {}", e.getMessage());
    }
  }

  private BgapiMessage call(BgapiMessage command) {
    return channel.call(command, timeout);
  }

  private static void check(BgapiMessage response, String op) {
    Results.check(response, op, 0);
  }

  private static int units(Duration d) {
    return (int) Math.max(4, Math.min(0x4000, Math.round(d.toNanos() / 625_000.0)));
  }
}
