package io.gattscope.app.chart;

import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.CsvRecorder;
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

  public void start(ChannelFeed feed, Path file) throws IOException {
    CsvRecorder r =
        CsvRecorder.start(file, feed.decoder().names(), feed.decoder().units())
            .withDecimals(WindowCsvExporter.decimals(feed.decoder()));
    try {
      feed.startRecording(r);
    } catch (RuntimeException e) {
      r.finish();
      throw e;
    }
    recording.set(true);
    status.set("recording " + file.getFileName());
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
