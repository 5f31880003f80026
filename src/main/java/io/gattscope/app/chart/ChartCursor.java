package io.gattscope.app.chart;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The one time cursor every chart shows: an instant on the shared time axis (seconds since {@link
 * ChartViewModel#SHARED_ORIGIN_NANOS}), placed on any chart, NaN while none is placed. Use on the
 * UI thread.
 */
public final class ChartCursor {
  /** The cursor all charts share. */
  public static final ChartCursor SHARED = new ChartCursor();

  private final DoubleProperty seconds = new SimpleDoubleProperty(Double.NaN);

  /** The instant in seconds on the shared time axis, or NaN when no cursor is placed. */
  public DoubleProperty secondsProperty() {
    return seconds;
  }

  /** Places the cursor at {@code seconds} on the shared time axis. */
  public void place(double seconds) {
    this.seconds.set(seconds);
  }

  /** Removes the cursor. */
  public void clear() {
    seconds.set(Double.NaN);
  }
}
