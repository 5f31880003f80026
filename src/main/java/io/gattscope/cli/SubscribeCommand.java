package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.ReconnectPolicy;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.PayloadLayout;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Subscribes and prints one line per notification until a count, a duration or Ctrl-C ends it; a
 * shutdown hook unsubscribes and disconnects before the JVM exits.
 */
@Command(
    name = "subscribe",
    description =
        "Print one line per notification (or indication) until --count, --duration or Ctrl-C.")
final class SubscribeCommand extends BaseCommand {
  private static final int RECONNECT_ATTEMPTS = 10;

  @Mixin DeviceOptions device;

  @Mixin CharacteristicOptions gatt;

  @Option(names = "--indicate", description = "Subscribe to indications instead of notifications.")
  boolean indicate;

  @Option(
      names = "--reconnect",
      description =
          "Keep the stream alive across link loss: reconnect (up to 10 attempts, 0.25 s doubling"
              + " to 5 s), subscribe again and go on; stderr tells each step.")
  boolean reconnect;

  @Option(
      names = {"-n", "--count"},
      paramLabel = "N",
      description = "Stop after N values.")
  Long count;

  @Option(
      names = {"-d", "--duration"},
      paramLabel = "S",
      description = "Stop after S seconds.")
  Double duration;

  @Option(
      names = "--layout",
      paramLabel = "SPEC",
      description =
          "Decode each value into channels, e.g. '<hhhhhh' or 'ax:i16*0.001 g, ay:i16*0.001 g'.")
  String layoutSpec;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Also record to a CSV file: both timestamps, the --layout channels if any, the raw"
              + " payload in hex. Opened once the subscription runs; never through a symbolic"
              + " link; an existing file only with --force.")
  Path csvFile;

  @Option(names = "--force", description = "Let --csv replace an existing file.")
  boolean force;

  @Override
  int execute() throws Exception {
    if (count != null && count < 1) {
      throw new IllegalArgumentException("--count must be 1 or more, got " + count);
    }
    Duration limit = duration == null ? null : Cli.seconds(duration, "--duration");
    PayloadLayout layout = layoutSpec == null ? null : PayloadLayout.parse(layoutSpec);
    Vocabulary.ValueCodec codec = gatt.codec();
    if (csvFile != null) {
      checkCsvTarget();
    }
    NotificationPrinter printer =
        new NotificationPrinter(out(), json(), codec, layout, csvFile != null, count);
    AtomicReference<Throwable> gaveUp = new AtomicReference<>();
    AtomicBoolean subscribed = new AtomicBoolean();
    if (reconnect) {
      device.reconnect = ReconnectPolicy.automatic(RECONNECT_ATTEMPTS);
    }
    try (Streaming stream = new Streaming(printer::stop)) {
      try (Session session = connect(device)) {
        BleDevice d = session.device();
        GattCharacteristic c = session.resolve(gatt.characteristic);
        printer.describe(c);
        if (json() && layout == null) {
          PresentationValue.read(d, c, session.callTimeout(), err())
              .ifPresent(printer::presentation);
        }
        ConnectionListener watcher =
            reconnect ? new LinkReporter(err(), gaveUp, printer) : stream.lossWatcher();
        Streaming.subscribed(
            d,
            c.valueHandle(),
            indicate ? SubscriptionType.INDICATE : SubscriptionType.NOTIFY,
            printer,
            watcher,
            () -> {
              subscribed.set(true);
              if (csvFile != null) {
                printer.attachCsv(startCsv(layout));
              }
              err().println("Subscribed to " + printer.label() + "; Ctrl-C to stop");
              printer.awaitEnd(limit);
            });
      } finally {
        if (printer.csv() != null) {
          finishCsv(printer.csv());
        }
        if (subscribed.get()) {
          err().println(printer.summary());
        }
      }
      if (gaveUp.get() != null && !stream.interrupted()) {
        throw new NotConnectedException(
            "the link was lost and "
                + RECONNECT_ATTEMPTS
                + " reconnection attempts failed: "
                + gaveUp.get().getMessage());
      }
      stream.checkLink();
    }
    return 0;
  }

  /** Refuses, before anything connects, a CSV path that is a link or (without --force) exists. */
  private void checkCsvTarget() {
    new CsvOutput(csvFile, force).check();
  }

  private CsvRecorder startCsv(PayloadLayout layout) {
    List<String> names = layout == null ? List.of() : layout.names();
    List<String> units = layout == null ? List.of() : layout.units();
    return new CsvOutput(csvFile, force).start(names, units);
  }

  private void finishCsv(CsvRecorder csv) {
    CsvOutput.finish(csv, csvFile, err());
  }

  /** Tells stderr what the link does while {@code --reconnect} keeps the stream alive. */
  private static final class LinkReporter implements ConnectionListener {
    private final PrintStream err;
    private final AtomicReference<Throwable> gaveUp;
    private final NotificationPrinter printer;

    LinkReporter(PrintStream err, AtomicReference<Throwable> gaveUp, NotificationPrinter printer) {
      this.err = err;
      this.gaveUp = gaveUp;
      this.printer = printer;
    }

    @Override
    public void onLinkLost(BleDevice d, DisconnectReason reason) {
      err.println("Link lost: " + reason + "; reconnecting");
    }

    @Override
    public void onReconnecting(BleDevice d, int attempt) {
      err.println("Reconnecting (attempt " + attempt + " of " + RECONNECT_ATTEMPTS + ")");
    }

    @Override
    public void onReconnected(BleDevice d) {
      err.println("Link re-established; subscribed again");
    }

    @Override
    public void onServicesChanged(BleDevice d, GattDatabase database) {
      err.println("The device's services changed; the subscription follows its characteristic");
    }

    @Override
    public void onGaveUp(BleDevice d, Throwable lastFailure) {
      err.println("Gave up reconnecting: " + lastFailure.getMessage());
      gaveUp.compareAndSet(null, lastFailure);
      printer.stop();
    }
  }

  static String rate(long n, long nanos) {
    return String.format(Locale.ROOT, "%.1f/s", nanos > 0 ? n * 1e9 / nanos : 0.0);
  }
}
