package io.gattscope.app.device;

import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.snapshot.CaptureProgress;
import io.gattscope.ble.snapshot.Snapshot;
import io.gattscope.ble.snapshot.SnapshotWriter;
import io.gattscope.ble.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Save snapshot…" of a device tab: captures the connected device on a background thread with its
 * progress, optionally recording the running subscriptions, and writes the file.
 */
public final class SnapshotSaver {
  /** The longest recording the tab offers. */
  public static final int MAX_RECORD_SECONDS = 600;

  private final AppContext ctx;
  private final DeviceViewModel device;
  private final Supplier<Optional<ScanResult>> scan;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private CaptureProgress current;

  /**
   * A saver for one tab.
   *
   * @param ctx the app's executors and log
   * @param device the tab's device
   * @param scan the device's last scan result (its advertising), read on the UI thread
   */
  public SnapshotSaver(
      AppContext ctx, DeviceViewModel device, Supplier<Optional<ScanResult>> scan) {
    this.ctx = ctx;
    this.device = device;
    this.scan = scan;
  }

  /**
   * Starts capturing into {@code file}; on the UI thread. Refuses, with {@link #errorProperty()},
   * when a capture runs, the device is not connected, its advertising was never seen or the
   * recording time is out of range.
   *
   * @param file the snapshot file to write; never through a symbolic link
   * @param recordSeconds how long to record the running subscriptions, 0 for none
   * @param replace whether an existing file may be replaced (the user agreed); without it an
   *     existing file is refused
   * @return true when the capture started
   */
  public boolean save(Path file, int recordSeconds, boolean replace) {
    error.set("");
    BleDevice d = device.deviceProperty().get();
    Optional<ScanResult> seen = scan.get();
    String refused =
        running.get()
            ? "a snapshot is being saved already"
            : d == null
                ? "the device is not connected"
                : seen.isEmpty()
                    ? "its advertising was not seen; scan for it first"
                    : recordSeconds < 0 || recordSeconds > MAX_RECORD_SECONDS
                        ? "record 0.." + MAX_RECORD_SECONDS + " s, not " + recordSeconds
                        : problemWith(file, replace);
    if (refused != null) {
      fail("Saving the snapshot failed: " + refused);
      return false;
    }
    Set<Integer> subscribed = subscribedHandles();
    if (recordSeconds > 0 && subscribed.isEmpty()) {
      fail("Saving the snapshot failed: nothing to record; turn on notifications first");
      return false;
    }
    CaptureProgress watch = new CaptureProgress(this::onProgress);
    current = watch;
    running.set(true);
    progress.set(-1);
    message.set("Saving snapshot");
    Duration record = Duration.ofSeconds(recordSeconds);
    ctx.background()
        .execute(
            () -> {
              try {
                Snapshot s =
                    Snapshots.capture(
                        d, seen.get(), record, c -> subscribed.contains(c.valueHandle()), watch);
                SnapshotWriter.write(file, s, replace);
                ctx.ui().execute(() -> finished(file, s, null));
              } catch (FileAlreadyExistsException e) {
                ctx.ui()
                    .execute(
                        () ->
                            finished(
                                file,
                                null,
                                new IOException(file + " appeared while capturing; not replaced")));
              } catch (IOException | RuntimeException e) {
                ctx.ui().execute(() -> finished(file, null, e));
              }
            });
    return true;
  }

  /** Why the file cannot be written, or null when it can be tried. */
  private static String problemWith(Path file, boolean replace) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isSymbolicLink(file)) {
      return file + " is a symbolic link; give the real path (links are never followed)";
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      return file + " is a folder";
    }
    if (!replace && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return file + " exists";
    }
    if (parent != null && !Files.isDirectory(parent)) {
      return "the folder " + parent + " does not exist";
    }
    return null;
  }

  /** Stops the running capture; nothing is written. */
  public void cancel() {
    if (current != null) {
      current.cancel();
    }
  }

  /**
   * Whether the tab has subscriptions running that a snapshot could record.
   *
   * @return true when at least one characteristic notifies or indicates to this tab
   */
  public boolean hasSubscriptions() {
    return !subscribedHandles().isEmpty();
  }

  private Set<Integer> subscribedHandles() {
    Set<Integer> out = new HashSet<>();
    for (CharacteristicViewModel c : device.characteristics()) {
      if (c.notifications().activeProperty().get()) {
        out.add(c.characteristic().valueHandle());
      }
    }
    return out;
  }

  private void onProgress(CaptureProgress.Phase phase, int done, int total) {
    String text =
        switch (phase) {
          case DISCOVERING -> "Discovering the GATT table";
          case RECORDING ->
              String.format(Locale.ROOT, "Recording %d of %d s", done / 1000, total / 1000);
          case READING -> "Reading " + done + " of " + total + " attributes";
        };
    double fraction = total == 0 ? -1 : (double) done / total;
    ctx.ui()
        .execute(
            () -> {
              message.set(text);
              progress.set(fraction);
            });
  }

  private void finished(Path file, Snapshot s, Throwable failure) {
    running.set(false);
    current = null;
    progress.set(0);
    message.set("");
    if (failure instanceof CancellationException) {
      ctx.log().info(device.address().toString(), "Snapshot cancelled; nothing was written");
    } else if (failure != null) {
      fail(ErrorText.failed("Saving the snapshot", failure));
    } else {
      int chars = s.services().stream().mapToInt(x -> x.characteristics().size()).sum();
      ctx.log()
          .info(
              device.address().toString(),
              String.format(
                  Locale.ROOT,
                  "Saved snapshot %s: %d services, %d characteristics",
                  file,
                  s.services().size(),
                  chars));
    }
  }

  private void fail(String text) {
    error.set(text);
    ctx.log().error(device.address().toString(), text);
  }

  /**
   * Whether a capture runs.
   *
   * @return true from {@link #save} until the file is written, the capture failed or it was
   *     cancelled
   */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /**
   * How far the current step is, for a progress bar.
   *
   * @return 0..1, or -1 while the step cannot tell
   */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /**
   * What the capture does now ("Reading 3 of 40 attributes").
   *
   * @return empty when no capture runs
   */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /**
   * Why the last save failed.
   *
   * @return empty after a success or while none failed
   */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
