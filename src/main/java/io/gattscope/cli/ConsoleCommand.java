package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.uart.LineAssembler;
import io.gattscope.stream.uart.LineEnding;
import io.gattscope.stream.uart.SerialPlotter;
import io.gattscope.stream.uart.UartPair;
import io.gattscope.stream.uart.UartSender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A serial console over BLE: stdin lines are written to the device, the text it notifies goes to
 * stdout line by line, and numeric lines can be recorded to CSV (Arduino Serial Plotter format).
 */
@Command(
    name = "console",
    description =
        "Serial console over the Nordic UART Service (or --tx/--rx): stdin lines are sent, received"
            + " lines printed, until --duration, Ctrl-C, the link or stdout closes.")
final class ConsoleCommand extends BaseCommand {
  private static final long POLL_MILLIS = 50;

  @Mixin DeviceOptions device;

  @Option(
      names = "--tx",
      paramLabel = "UUID",
      description = "The characteristic the device notifies its text on (default NUS TX).")
  String tx;

  @Option(
      names = "--rx",
      paramLabel = "UUID",
      description = "The characteristic text is written to (default NUS RX).")
  String rx;

  @Option(
      names = {"-d", "--duration"},
      paramLabel = "S",
      description = "Stop after S seconds (otherwise at Ctrl-C; the end of stdin does not stop).")
  Double duration;

  @Option(
      names = "--eol",
      paramLabel = "END",
      description = "Line end appended to each stdin line sent: ${COMPLETION-CANDIDATES}.")
  LineEnding eol = LineEnding.LF;

  @Option(names = "--hex", description = "Print each received notification as hex bytes.")
  boolean hex;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Record received numeric lines (1,2,3 or name:value pairs) to a CSV file; never through"
              + " a symbolic link; an existing file only with --force.")
  Path csvFile;

  @Option(names = "--force", description = "Let --csv replace an existing file.")
  boolean force;

  private final LineAssembler lines = new LineAssembler();
  private final SerialPlotter plotter = new SerialPlotter();
  private final CountDownLatch end = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private long bytes;
  private CsvRecorder csv;

  @Override
  int execute() throws Exception {
    Duration limit = duration == null ? null : Cli.seconds(duration, "--duration");
    if ((tx == null) != (rx == null)) {
      throw new IllegalArgumentException("give both --tx and --rx, or neither for NUS");
    }
    CsvOutput target = csvFile == null ? null : new CsvOutput(csvFile, force);
    if (target != null) {
      target.check();
    }
    try (Streaming stream = new Streaming(end::countDown)) {
      try (Session session = connect(device)) {
        BleDevice d = session.device();
        UartPair pair = pair(d.discover());
        UartSender sender = new UartSender(d, pair.rx());
        SubscriptionType type =
            pair.tx().has(CharacteristicProperty.NOTIFY)
                ? SubscriptionType.NOTIFY
                : SubscriptionType.INDICATE;
        Streaming.subscribed(
            d,
            pair.tx().valueHandle(),
            type,
            (h, v, t) -> received(v, t, target),
            stream.lossWatcher(),
            () -> {
              err().println("Console on " + d.address() + "; Ctrl-C to stop");
              Thread reader = new Thread(() -> send(sender), "console-stdin");
              reader.setDaemon(true);
              reader.start();
              await(limit);
            });
      } finally {
        finish();
      }
      if (failure.get() != null) {
        Throwable f = failure.get();
        throw f instanceof Exception e ? e : new IllegalStateException(f);
      }
      stream.checkLink();
    }
    return 0;
  }

  private UartPair pair(GattDatabase db) {
    if (tx == null) {
      return UartPair.nus(db)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "the device has no Nordic UART Service; name the pair with --tx and --rx"));
    }
    return UartPair.of(db, Uuids.parse(tx), Uuids.parse(rx));
  }

  /** Writes each stdin line with the line end; a failed write ends the console. */
  private void send(UartSender sender) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        sender.send((line + eol.text()).getBytes(StandardCharsets.UTF_8)).get();
      }
    } catch (ExecutionException e) {
      failure.compareAndSet(null, e.getCause());
      end.countDown();
    } catch (IOException e) {
      failure.compareAndSet(null, e);
      end.countDown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void received(byte[] value, long timestampNanos, CsvOutput target) {
    bytes += value.length;
    if (hex) {
      out().println(Hex.format(value));
    }
    for (String line : lines.accept(value)) {
      if (!hex) {
        out().println(line);
      }
      plotter.accept(line).ifPresent(v -> record(timestampNanos, v, target));
    }
    out().flush();
  }

  private void record(long timestampNanos, double[] values, CsvOutput target) {
    if (target == null) {
      return;
    }
    if (csv == null) {
      try {
        csv = target.start(plotter.channels(), Collections.nCopies(plotter.channels().size(), ""));
      } catch (IllegalArgumentException e) {
        failure.compareAndSet(null, e);
        end.countDown();
        return;
      }
    }
    csv.append(timestampNanos, values);
  }

  /** Waits for the end: the duration, Ctrl-C, a lost link, a failed write or a closed stdout. */
  private void await(Duration limit) throws InterruptedException {
    long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
    while (!end.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      if (out().checkError() || System.nanoTime() - deadline >= 0) {
        return;
      }
    }
  }

  private synchronized void finish() {
    String rest = lines.pending();
    if (!hex && !rest.isEmpty()) {
      out().println(rest);
      plotter.accept(rest);
    }
    out().flush();
    err()
        .println(
            "Received "
                + bytes
                + " byte(s); "
                + plotter.accepted()
                + " numeric line(s), "
                + plotter.rejected()
                + " other line(s)"
                + (lines.overflows() > 0
                    ? ", " + lines.overflows() + " overlong line(s) cut"
                    : ""));
    if (csv != null) {
      CsvOutput.finish(csv, csvFile, err());
    }
  }
}
