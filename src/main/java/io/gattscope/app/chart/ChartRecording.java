package io.gattscope.app.chart;

import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.CsvTarget;
import io.gattscope.stream.RecordingSummary;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Recording of one chart's feed to CSV, with its state and drop count for the view model. */
public final class ChartRecording {
  private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private long finishedDrops;

  public ReadOnlyBooleanProperty recordingProperty() {
    return recording.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /**
   * Starts recording {@code feed} to {@code file}, never through a symbolic link, and into an
   * existing file only when {@code replace} says the user agreed to replace it.
   *
   * @throws IOException when the file cannot be created; a link, directory, missing folder or
   *     (without {@code replace}) existing file is refused with a message saying which
   */
  public void start(ChannelFeed feed, Path file, boolean replace) throws IOException {
    CsvTarget target = CsvTarget.of(file);
    if (target != CsvTarget.FREE && !(target == CsvTarget.EXISTING_FILE && replace)) {
      throw new IOException(refusal(target, file));
    }
    CsvRecorder r;
    try {
      r = CsvRecorder.startNoFollow(file, feed.decoder().names(), feed.decoder().units(), replace);
    } catch (IOException e) { // e.g. a link put at the path after the check (ELOOP)
      CsvTarget now = CsvTarget.of(file);
      throw now == CsvTarget.FREE ? e : new IOException(refusal(now, file), e);
    }
    r.withDecimals(WindowCsvExporter.decimals(feed.decoder()));
    try {
      feed.startRecording(r);
    } catch (RuntimeException e) {
      r.finish();
      throw e;
    }
    recording.set(true);
    status.set("recording " + file.getFileName());
  }

  private static String refusal(CsvTarget target, Path file) {
    return target.problem(file)
        + (target == CsvTarget.EXISTING_FILE ? "; confirm to replace it" : "");
  }

  public RecordingSummary stop(ChannelFeed feed) throws IOException {
    CsvRecorder r = feed.stopRecording();
    if (r == null) {
      return null;
    }
    recording.set(false);
    RecordingSummary s = r.finish();
    finishedDrops += s.rowsDropped();
    status.set(
        "recorded "
            + s.rowsWritten()
            + " rows to "
            + s.file().getFileName()
            + ", "
            + s.rowsDropped()
            + " dropped");
    return s;
  }

  /** Rows dropped by finished recordings and the running one; refreshes the status text. */
  public long drops(ChannelFeed feed) {
    CsvRecorder r = feed.recorder().orElse(null);
    if (r == null) {
      return finishedDrops;
    }
    status.set("recording " + r.file().getFileName() + ": " + r.rowsWritten() + " rows written");
    return finishedDrops + r.rowsDropped();
  }
}
