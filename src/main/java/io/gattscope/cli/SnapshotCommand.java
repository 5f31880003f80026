package io.gattscope.cli;

import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanFilter;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.snapshot.CaptureProgress;
import io.gattscope.ble.snapshot.Snapshot;
import io.gattscope.ble.snapshot.SnapshotCharacteristic;
import io.gattscope.ble.snapshot.SnapshotDescriptor;
import io.gattscope.ble.snapshot.SnapshotService;
import io.gattscope.ble.snapshot.SnapshotWriter;
import io.gattscope.ble.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Captures a device (advertising, GATT table, values, optional notifications) into a file. */
@Command(
    name = "snapshot",
    description =
        "Save a device's advertising, GATT table, values and (with --record) notifications as a"
            + " snapshot file the simulator can serve (see docs/snapshots.md).")
final class SnapshotCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description =
          "The snapshot file to create; never through a link, existing only with --force.")
  Path file;

  @Option(
      names = "--record",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description = "Record every notifying or indicating characteristic this long (default: 0).")
  double recordSeconds;

  @Option(
      names = "--scan-time",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description = "How long to listen for its advertising first (default: ${DEFAULT-VALUE}).")
  double scanSeconds;

  @Option(names = "--force", description = "Replace an existing file.")
  boolean force;

  /** When the capture shows its progress on stderr. */
  enum ProgressMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "AUTO",
      description =
          "Show the capture's progress on stderr: auto (when stderr is a terminal and without"
              + " --json), always or never (default: auto).")
  ProgressMode progress;

  @Override
  int execute() {
    if (!(recordSeconds >= 0 && recordSeconds <= 3600)) {
      throw new IllegalArgumentException("--record must be 0..3600 seconds, got " + recordSeconds);
    }
    if (!(scanSeconds > 0 && scanSeconds <= 60)) {
      throw new IllegalArgumentException("--scan-time must be above 0 and at most 60 seconds");
    }
    checkTarget();
    BleBackend backend = openBackend();
    ScanResult scan = scan(backend);
    Snapshot s;
    try (Session session =
        Session.connect(backend, device, root.connectTimeout(), root.callTimeout(), err())) {
      if (recordSeconds > 0) {
        err().println("Recording notifications for " + recordSeconds + " s");
      }
      ProgressLine line = new ProgressLine(err());
      CaptureProgress watch = showProgress() ? new CaptureProgress(line) : CaptureProgress.silent();
      try {
        s =
            Snapshots.capture(
                session.device(), scan, Duration.ofMillis(Math.round(recordSeconds * 1000)), watch);
      } finally {
        line.finish();
      }
    }
    save(s);
    report(s);
    return 0;
  }

  private boolean showProgress() {
    return switch (progress) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> !json() && err() == System.err && ProgressLine.stderrIsTerminal();
    };
  }

  /** Listens until the scan response is heard, or keeps the advertising heard by the end. */
  private ScanResult scan(BleBackend backend) {
    AtomicReference<ScanResult> last = new AtomicReference<>();
    CompletableFuture<ScanResult> withResponse = new CompletableFuture<>();
    Duration time = Duration.ofMillis(Math.round(scanSeconds * 1000));
    err().println("Listening for " + device.address + " for up to " + scanSeconds + " s");
    try (Registration r =
        backend.startScan(
            ScanOptions.defaults(time),
            ScanFilter.address(device.address),
            result -> {
              last.set(result);
              if (result.scanResponseData().length > 0) {
                withResponse.complete(result);
              }
            })) {
      return Futures.await(withResponse, time, "its scan response");
    } catch (BleTimeoutException e) {
      ScanResult seen = last.get();
      if (seen == null) {
        throw new IllegalArgumentException(
            device.address + " was not heard advertising in " + scanSeconds + " s", e);
      }
      err().println("No scan response heard; the snapshot has advertising data only");
      return seen;
    }
  }

  /**
   * Refuses, before anything connects, a path that is a link, a folder or (without --force) exists.
   */
  private void checkTarget() {
    if (Files.isSymbolicLink(file)) {
      throw new IllegalArgumentException(
          "-o " + file + " is a symbolic link; give the real path (links are never followed)");
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("-o " + file + " is a directory");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new IllegalArgumentException("-o " + file + " exists; add --force to replace it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(
          "-o " + file + ": the folder " + parent + " does not exist");
    }
  }

  private void save(Snapshot s) {
    try {
      SnapshotWriter.write(file, s, force);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(
          "-o " + file + " appeared while capturing; add --force to replace it", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("-o " + file + ": cannot write the file: " + e, e);
    }
  }

  private void report(Snapshot s) {
    int chars = 0;
    int values = 0;
    int errors = 0;
    int recordings = 0;
    for (SnapshotService svc : s.services()) {
      for (SnapshotCharacteristic c : svc.characteristics()) {
        chars++;
        values += c.value().present() ? 1 : 0;
        errors += c.value().attError() != 0 ? 1 : 0;
        recordings += c.recording() != null ? 1 : 0;
        for (SnapshotDescriptor d : c.descriptors()) {
          values += d.value().present() ? 1 : 0;
          errors += d.value().attError() != 0 ? 1 : 0;
        }
      }
    }
    String line =
        String.format(
            "Saved %s: %d services, %d characteristics, %d values, %d read errors, %d recordings",
            file, s.services().size(), chars, values, errors, recordings);
    if (json()) {
      printJson(
          Json.object()
              .put("file", file.toString())
              .put("services", s.services().size())
              .put("characteristics", chars)
              .put("values", values)
              .put("errors", errors)
              .put("recordings", recordings));
    } else {
      out().println(line);
    }
  }
}
