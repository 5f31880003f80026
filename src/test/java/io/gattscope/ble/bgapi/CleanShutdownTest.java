package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.bgapi.codec.MessageKey;
import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing a BGAPI backend (and so the simulated adapter) disables notifications, disconnects and
 * ends the scan on the wire before the port closes.
 */
class CleanShutdownTest {

  /** One frame the host sent. */
  record Sent(MessageKey key, byte[] payload) {}

  /** A link that records every frame the host sends, then passes it on. */
  static final class WireTap extends ForwardingLink {
    final List<Sent> sent = new ArrayList<>();
    final CompletableFuture<List<Sent>> atClose = new CompletableFuture<>();
    private final FrameParser parser =
        new FrameParser(
            FrameParser.Side.DEVICE,
            (kind, c, id, p) -> {
              synchronized (sent) {
                sent.add(new Sent(new MessageKey(kind, c, id), p));
              }
            });

    WireTap(BgapiLink inner) {
      super(inner, "tap:");
    }

    int count() {
      synchronized (sent) {
        return sent.size();
      }
    }

    @Override
    public void send(byte[] data, int off, int len) {
      synchronized (sent) {
        parser.feed(data, off, len);
      }
      super.send(data, off, len);
    }

    @Override
    public void close() {
      synchronized (sent) {
        atClose.complete(List.copyOf(sent));
      }
      super.close();
    }
  }

  @Test
  void closeDisablesTheCccdThenDisconnectsAndEndsTheScanBeforeThePortCloses() throws Exception {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
    WireTap tap = new WireTap(pair.host());
    BgapiBackend backend = new BgapiBackend(tap, BgapiOptions.defaults());
    try {
      backend.start();
      BleDevice hrm =
          backend.connect(
              HeartRateMonitor.ADDRESS,
              ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(3)));
      CountDownLatch flowing = new CountDownLatch(3);
      Subscription sub =
          hrm.subscribe(
              CharacteristicRef.handle(HeartRateMonitor.HEART_RATE_MEASUREMENT),
              (h, v, t) -> flowing.countDown());
      assertThat(flowing.await(10, TimeUnit.SECONDS)).isTrue();
      var scan = backend.startScan(ScanOptions.defaults(Duration.ofSeconds(30)), a -> {});

      backend.close();

      List<Sent> wire = tap.atClose.get(1, TimeUnit.SECONDS);
      int cccdOff = indexOfCccdOff(wire, HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD);
      int disconnect = indexOf(wire, ConnectionMessages.Disconnect.KEY, cccdOff + 1);
      int endScan = indexOf(wire, GapMessages.EndProcedure.KEY, 0);
      assertThat(cccdOff).as("CCCD 00 00 written before the port closed").isNotNegative();
      assertThat(disconnect)
          .as("connection_disconnect after the CCCD write")
          .isGreaterThan(cccdOff);
      assertThat(endScan).as("gap_end_procedure sent").isNotNegative();
      assertThat(sim.notifying(HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT))
          .as("the simulated peripheral no longer notifies")
          .isFalse();
      assertThat(sim.connections()).as("no link left on the simulated dongle").isEmpty();
      assertThat(sub.isActive()).isFalse();
      scan.close();
    } finally {
      backend.stop();
      sim.close();
    }
  }

  @Test
  void aPeripheralThatNeverAnswersTheCccdWriteIsStillDisconnected() throws Exception {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
    WireTap tap = new WireTap(pair.host());
    BgapiBackend backend = new BgapiBackend(tap, BgapiOptions.defaults());
    try {
      backend.start();
      BleDevice hrm =
          backend.connect(
              HeartRateMonitor.ADDRESS,
              ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(30)));
      hrm.subscribe(
          CharacteristicRef.handle(HeartRateMonitor.HEART_RATE_MEASUREMENT), (h, v, t) -> {});
      sim.faults().setSilent(HeartRateMonitor.ADDRESS, true);

      backend.close();

      // ATT allows one request at a time, so the first unanswered CCCD write holds back the rest
      List<Sent> wire = tap.atClose.get(1, TimeUnit.SECONDS);
      int cccdOff = indexOfCccdOff(wire, -1);
      assertThat(cccdOff).as("a CCCD 00 00 on the wire: %s", describe(wire)).isNotNegative();
      assertThat(indexOf(wire, ConnectionMessages.Disconnect.KEY, cccdOff + 1))
          .as("disconnected although the CCCD write never completed")
          .isGreaterThan(cccdOff);
      assertThat(sim.connections()).isEmpty();
    } finally {
      backend.stop();
      sim.close();
    }
  }

  @Test
  void closeWithoutLinksOrScanClosesThePortAtOnce() throws Exception {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
    WireTap tap = new WireTap(pair.host());
    BgapiBackend backend = new BgapiBackend(tap, BgapiOptions.defaults());
    try {
      backend.start();
      int before = tap.count();
      backend.close();
      List<Sent> wire = tap.atClose.get(1, TimeUnit.SECONDS);
      assertThat(indexOf(wire, ConnectionMessages.Disconnect.KEY, before)).isNegative();
      assertThat(indexOf(wire, GapMessages.EndProcedure.KEY, before)).isNegative();
      assertThat(backend.isRunning()).isFalse();
    } finally {
      sim.close();
    }
  }

  private static int indexOfCccdOff(List<Sent> wire, int cccdHandle) {
    for (int i = 0; i < wire.size(); i++) {
      Sent s = wire.get(i);
      if (s.key().equals(AttclientMessages.AttributeWrite.KEY)) {
        byte[] p = s.payload();
        int handle = (p[1] & 0xFF) | (p[2] & 0xFF) << 8;
        if ((cccdHandle < 0 || handle == cccdHandle) && p[3] == 2 && p[4] == 0 && p[5] == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String describe(List<Sent> wire) {
    StringBuilder b = new StringBuilder();
    for (Sent s : wire) {
      b.append(s.key()).append(HexFormat.of().formatHex(s.payload())).append(' ');
    }
    return b.toString();
  }

  private static int indexOf(List<Sent> wire, MessageKey key, int from) {
    for (int i = Math.max(0, from); i < wire.size(); i++) {
      if (wire.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
