package io.gattscope.app.view.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.gattscope.app.chart.ChannelEnvelopes;
import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.stream.ChannelFeed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javax.imageio.ImageIO;

/**
 * A live chart of one subscription: a ChartFX plot of every channel's min/max envelope on a rolling
 * time axis in seconds, with zoom (drag), pan (middle drag), a data point tooltip as value cursor,
 * and the controls of {@link ChartControls}. Once per frame it pulls only the new samples from the
 * ring buffer and pushes at most two points per {@value #PIXELS_PER_COLUMN} pixel columns per
 * channel; the drawing cost does not grow with the window length. The time axis follows the newest
 * sample until the user zooms or pans, and again after {@link #followLive()}.
 */
public final class LiveChartPane extends BorderPane {
  /** Width in pixels of one min/max column. */
  public static final int PIXELS_PER_COLUMN = 2;

  private static final long STATS_NANOS = 500_000_000L;

  private final ChartViewModel model;
  private final DefaultNumericAxis xAxis = new DefaultNumericAxis("time", "s");
  private final DefaultNumericAxis yAxis = new DefaultNumericAxis("value", null);
  private final XYChart chart = new XYChart(xAxis, yAxis);
  private final EnvelopeRenderer renderer = new EnvelopeRenderer();
  private final List<DoubleDataSet> dataSets = new ArrayList<>();
  private final AnimationTimer timer;
  private final Zoomer zoomer = new Zoomer();
  private boolean panned;
  private ChannelEnvelopes envelopes;
  private boolean rebuild = true;
  private long lastStats;
  private long frames;
  private boolean drawing = true;
  private boolean disposed;

  /** Builds the pane for {@code model} and starts drawing. */
  public LiveChartPane(ChartViewModel model) {
    this.model = model;
    getStyleClass().add("live-chart");
    chart.setTitle(model.title());
    chart.setAnimated(false);
    chart.setLegendVisible(true);
    xAxis.setAutoRangeRounding(false);
    xAxis.setAutoRangePadding(0);
    xAxis.setAnimated(false);
    yAxis.setAutoRangeRounding(false);
    yAxis.setAutoRangePadding(0.05);
    yAxis.setAnimated(false);
    chart.getRenderers().setAll(renderer);
    zoomer.setPannerEnabled(true);
    zoomer.setSliderVisible(false);
    chart.getPlugins().addAll(zoomer, new DataPointTooltip());
    chart.addEventFilter(
        MouseEvent.MOUSE_DRAGGED,
        e -> panned |= e.getButton() == MouseButton.MIDDLE || e.isControlDown());
    xAxis.setAutoRanging(false);
    setCenter(chart);
    setTop(new ChartControls(model, this));

    model.feedProperty().addListener((o, was, now) -> useFeed(now));
    model.windowProperty().addListener((o, was, now) -> rebuild = true);
    model.pausedProperty().addListener((o, was, now) -> rebuild |= !now);
    xAxis.widthProperty().addListener((o, was, now) -> rebuild = true);
    useFeed(model.feedProperty().get());
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            frame();
          }
        };
    timer.start();
  }

  private void useFeed(ChannelFeed feed) {
    dataSets.clear();
    for (ChartChannel c : model.channels()) {
      DoubleDataSet ds = new DoubleDataSet(c.label(), 2 * 2048);
      dataSets.add(ds);
      c.visibleProperty().addListener((o, was, now) -> rebuild = true);
    }
    renderer.getDatasets().setAll(dataSets);
    String unit = commonUnit();
    // an empty unit would print as "value []"
    yAxis.setUnit(unit.isEmpty() ? null : unit);
    envelopes = null;
    rebuild = true;
  }

  private String commonUnit() {
    List<ChartChannel> cs = model.channels();
    String u = cs.isEmpty() ? "" : cs.get(0).unit();
    return cs.stream().allMatch(c -> c.unit().equals(u)) ? u : "";
  }

  private void frame() {
    long now = System.nanoTime();
    if (now - lastStats >= STATS_NANOS) {
      lastStats = now;
      model.refreshStats(envelopes == null ? 0 : envelopes.skipped());
    }
    if (model.pausedProperty().get() || anyLocked()) {
      return;
    }
    ChannelFeed feed = model.feedProperty().get();
    long windowNanos = model.windowProperty().get().toNanos();
    int columns = Math.max(64, (int) Math.round(xAxis.getWidth() / PIXELS_PER_COLUMN));
    if (envelopes == null) {
      envelopes = new ChannelEnvelopes(feed.buffer(), model.originNanos(), windowNanos, columns);
    } else if (rebuild) {
      envelopes.rebuild(windowNanos, columns);
    }
    rebuild = false;
    envelopes.pull();
    envelopes.render(now);
    List<ChartChannel> channels = model.channels();
    for (int c = 0; c < dataSets.size(); c++) {
      int n = channels.get(c).visibleProperty().get() ? envelopes.points(c) : 0;
      dataSets.get(c).set(envelopes.x(c), envelopes.y(c), n, false);
    }
    if (following()) {
      xAxis.set(envelopes.seconds(now - windowNanos), envelopes.seconds(now));
    }
    frames++;
  }

  private boolean anyLocked() {
    for (DoubleDataSet ds : dataSets) {
      if (ds.lock() instanceof DefaultDataSetLock<?> l && l.getReaderCount() > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean following() {
    return !panned && zoomer.zoomStackDeque().isEmpty();
  }

  /** Leaves any zoom or pan and lets the time axis follow the newest samples again. */
  public void followLive() {
    while (!zoomer.zoomStackDeque().isEmpty()) {
      zoomer.zoomOrigin();
    }
    panned = false;
    xAxis.setAutoRanging(false);
  }

  /** The ChartFX chart (for tests and screenshots). */
  public XYChart chart() {
    return chart;
  }

  /** The view model. */
  public ChartViewModel model() {
    return model;
  }

  /** Frames that pushed new envelopes to the chart. */
  public long frames() {
    return frames;
  }

  /** Points currently drawn for channel {@code c}. */
  public int pointsShown(int c) {
    return dataSets.get(c).getDataCount();
  }

  /** Writes the samples of the visible time range to a CSV file; returns the row count. */
  public long exportVisibleCsv(Path file) throws IOException {
    return model.exportCsv(file, xAxis.getMin(), xAxis.getMax());
  }

  /** Writes a PNG of the chart as shown; call on the FX thread. */
  public void exportPng(Path file) throws IOException {
    WritableImage image = chart.snapshot(null, null);
    if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
      throw new IOException("no PNG writer available for " + file);
    }
  }

  /**
   * Starts or stops drawing (the chart's per-frame work) while the samples keep flowing into the
   * ring buffer: a chart that cannot be seen (a hidden tab, a minimised window) costs no frame
   * time. On resume the chart refolds what the buffer holds of its window, so nothing counts as
   * dropped.
   */
  public void setDrawing(boolean on) {
    if (disposed || on == drawing) {
      return;
    }
    drawing = on;
    if (on) {
      rebuild = true;
      timer.start();
    } else {
      timer.stop();
    }
  }

  /** True while the chart redraws every frame (not hidden and not disposed). */
  public boolean isDrawing() {
    return drawing && !disposed;
  }

  /** Stops drawing and releases the view model (stops a recording); once only. */
  public void dispose() {
    if (disposed) {
      return;
    }
    disposed = true;
    timer.stop();
    model.close();
  }
}
