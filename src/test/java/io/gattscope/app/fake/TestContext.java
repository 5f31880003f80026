package io.gattscope.app.fake;

import io.gattscope.app.device.AppContext;
import io.gattscope.app.device.ChartOpener;
import io.gattscope.app.device.PairingPrompt;
import io.gattscope.app.knowledge.BasicKnowledge;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.Settings;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.Uuids;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** A deterministic context: direct UI, direct background, manual ticker and clocks. */
public final class TestContext {
  public final ManualTicker ticker = new ManualTicker();
  public final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  public final Settings settings = Settings.inMemory();
  public final List<BleAddress> passkeyRequests = new ArrayList<>();
  public final List<Integer> shownPasskeys = new ArrayList<>();
  public final List<String> chartsOpened = new ArrayList<>();

  /** The device the last chart was opened on (what a plot subscribes through). */
  public volatile BleDevice chartDevice;

  /**
   * What the fake chart opener answers with; a failed future simulates a chart that cannot open.
   */
  public CompletableFuture<Void> chartOpenResult = CompletableFuture.completedFuture(null);

  public volatile int passkeyAnswer = 123456;
  public final List<Integer> comparedPasskeys = new ArrayList<>();
  public final List<BleAddress> pairingQuestions = new ArrayList<>();

  /** The user's answer to "does the peer show this number?" and to "pair with this device?". */
  public volatile boolean confirmAnswer = true;

  public volatile boolean authorizeAnswer = true;
  public final LogViewModel log;
  public final AppContext ctx;

  public TestContext() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    log = new LogViewModel(UiExecutor.direct(), ticker, clock, 1000);
    PairingPrompt prompt =
        new PairingPrompt() {
          @Override
          public CompletableFuture<Integer> askPasskey(BleAddress peer) {
            passkeyRequests.add(peer);
            return CompletableFuture.completedFuture(passkeyAnswer);
          }

          @Override
          public void showPasskey(BleAddress peer, int passkey) {
            shownPasskeys.add(passkey);
          }

          @Override
          public CompletableFuture<Boolean> confirmPasskey(BleAddress peer, int passkey) {
            comparedPasskeys.add(passkey);
            return CompletableFuture.completedFuture(confirmAnswer);
          }

          @Override
          public CompletableFuture<Boolean> authorizePairing(BleAddress peer) {
            pairingQuestions.add(peer);
            return CompletableFuture.completedFuture(authorizeAnswer);
          }
        };
    ChartOpener charts =
        (d, c, title) -> {
          chartsOpened.add(title);
          chartDevice = d;
          return chartOpenResult;
        };
    ctx =
        new AppContext(
            UiExecutor.direct(),
            Runnable::run,
            ticker,
            nanos::get,
            clock,
            new NamedKnowledge(),
            settings,
            log,
            prompt,
            charts);
  }

  /** Basic knowledge plus two names and a uint8 format, so tests can see names and formats. */
  public static final class NamedKnowledge extends BasicKnowledge {
    public static final UUID HEART_RATE = Uuids.fromShort(0x180D);
    public static final UUID DEVICE_NAME = Uuids.fromShort(0x2A00);

    @Override
    public Optional<String> serviceName(UUID uuid) {
      return uuid.equals(HEART_RATE) ? Optional.of("Heart Rate") : Optional.empty();
    }

    @Override
    public Optional<String> characteristicName(UUID uuid) {
      return uuid.equals(DEVICE_NAME) ? Optional.of("Device Name") : Optional.empty();
    }

    @Override
    public List<String> formats() {
      return List.of("hex", "utf8", "uint8");
    }

    @Override
    public String format(String format, byte[] value) {
      if ("uint8".equals(format)) {
        return value.length == 1 ? Integer.toString(value[0] & 0xFF) : "(not 1 byte)";
      }
      return super.format(format, value);
    }

    @Override
    public byte[] parsePresentation(byte[] presentation, String text) {
      return presentation.length >= 1 && presentation[0] == 0x04
          ? parse("uint8", text)
          : parse("hex", text);
    }

    @Override
    public byte[] parse(String format, String text) {
      if ("uint8".equals(format)) {
        int v;
        try {
          v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        if (v < 0 || v > 255) {
          throw new IllegalArgumentException(v + " is outside 0..255");
        }
        return new byte[] {(byte) v};
      }
      return super.parse(format, text);
    }

    @Override
    public String formatPresentation(byte[] presentation, byte[] value) {
      return presentation.length >= 1 && presentation[0] == 0x04 ? format("uint8", value) : "?";
    }
  }
}
