package io.gattscope.app.view.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.gattscope.app.chart.AxisMode;
import io.gattscope.app.chart.ChannelEnvelopes;
import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.GapBreaks;
import io.gattscope.app.chart.RangeEnvelopes;
import io.gattscope.app.chart.UnitGroup;
import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.GapLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
  private final VBox lanes = new VBox();
  private final List<Plot> plots = new ArrayList<>();
  private final List<DoubleDataSet> dataSets = new ArrayList<>();
  private final AnimationTimer timer;
  private boolean panned;
  private boolean settingAxis;
  private boolean frozenDirty;
  private RangeEnvelopes range;
  private double[][] breakX = new double[0][];
  private double[][] breakY = new double[0][];
  private ChannelEnvelopes envelopes;
  private boolean rebuild = true;
  private long lastStats;
  private long frames;
  private boolean drawing = true;
  private boolean disposed;
  private final ChangeListener<Number> cursorMoved = (o, was, now) -> showCursor(now.doubleValue());

  /** One XYChart: its time axis and one y axis and renderer per unit group it shows. */
  private record Plot(XYChart chart, DefaultNumericAxis xAxis, Zoomer zoomer) {}

  /** Builds the pane for {@code model} and starts drawing. */
  public LiveChartPane(ChartViewModel model) {
    this.model = model;
    getStyleClass().add("live-chart");
    Button chip = new Button("Paused — Live");
    chip.setId("live-chip");
    chip.visibleProperty().bind(model.pausedProperty());
    chip.setOnAction(e -> followLive());
    chip.setStyle("-fx-background-color: #fff3cd; -fx-background-radius: 12;");
    StackPane.setAlignment(chip, Pos.TOP_RIGHT);
    StackPane.setMargin(chip, new Insets(6, 60, 0, 0));
    Label lost = new Label("Disconnected");
    lost.setId("disconnected");
    lost.visibleProperty().bind(model.disconnectedProperty());
    lost.setStyle(
        "-fx-background-color: #f8d7da; -fx-text-fill: #842029; -fx-padding: 4 10;"
            + " -fx-background-radius: 12;");
    StackPane.setAlignment(lost, Pos.TOP_CENTER);
    StackPane.setMargin(lost, new Insets(6, 0, 0, 0));
    setCenter(new StackPane(lanes, chip, lost));
    setTop(new ChartControls(model, this));
    Label readout = new Label();
    readout.setId("cursor-readout");
    readout.getStyleClass().add("cursor-readout");
    readout.textProperty().bind(model.cursorReadoutProperty());
    readout.visibleProperty().bind(model.cursorReadoutProperty().isNotEmpty());
    readout.managedProperty().bind(readout.visibleProperty());
    setBottom(readout);
    model.cursor().secondsProperty().addListener(cursorMoved);

    model.feedProperty().addListener((o, was, now) -> useFeed(now));
    model.axisModeProperty().addListener((o, was, now) -> buildPlots());
    model.windowProperty().addListener((o, was, now) -> windowChanged());
    model
        .pausedProperty()
        .addListener(
            (o, was, now) -> {
              if (!now) {
                followLive();
              }
            });
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
    breakX = new double[dataSets.size()][0];
    breakY = new double[dataSets.size()][0];
    buildPlots();
    envelopes = null;
    range = null;
    rebuild = true;
  }

  /** Lays the unit groups out as the axis mode says: one plot, one plot per unit, one axis. */
  private void buildPlots() {
    plots.clear();
    lanes.getChildren().clear();
    List<UnitGroup> groups = model.unitGroupsProperty().get();
    AxisMode mode = model.axisModeProperty().get();
    if (mode == AxisMode.SHARED || groups.size() <= 1) {
      addPlot(List.of(sharedGroup(groups)), true);
    } else if (mode == AxisMode.AXIS_PER_UNIT) {
      addPlot(groups, true);
    } else {
      for (int i = 0; i < groups.size(); i++) {
        addPlot(List.of(groups.get(i)), i == 0);
      }
    }
    rebuild = true;
  }

  private UnitGroup sharedGroup(List<UnitGroup> groups) {
    if (groups.size() == 1) {
      return groups.get(0);
    }
    List<Integer> all = new ArrayList<>();
    for (int c = 0; c < dataSets.size(); c++) {
      all.add(c);
    }
    return new UnitGroup("", all);
  }

  private void addPlot(List<UnitGroup> groups, boolean titled) {
    DefaultNumericAxis xAxis = new DefaultNumericAxis("time", "s");
    xAxis.setAutoRangeRounding(false);
    xAxis.setAutoRangePadding(0);
    xAxis.setAnimated(false);
    xAxis.setAutoRanging(false);
    DefaultNumericAxis firstY = yAxis(groups.get(0), Side.LEFT);
    XYChart chart = new XYChart(xAxis, firstY);
    if (titled) {
      chart.setTitle(model.title());
    }
    chart.setAnimated(false);
    chart.setLegendVisible(true);
    chart.getRenderers().clear();
    for (int g = 0; g < groups.size(); g++) {
      DefaultNumericAxis y = g == 0 ? firstY : yAxis(groups.get(g), Side.RIGHT);
      EnvelopeRenderer renderer = new EnvelopeRenderer();
      renderer.getAxes().setAll(xAxis, y);
      for (int c : groups.get(g).channels()) {
        renderer.getDatasets().add(dataSets.get(c));
      }
      chart.getRenderers().add(renderer);
    }
    Zoomer zoomer = new Zoomer();
    zoomer.setPannerEnabled(true);
    zoomer.setSliderVisible(false);
    chart.getPlugins().addAll(zoomer, new DataPointTooltip());
    // a filter: the chart's plugins consume the click before a handler on the chart would see it
    chart.addEventFilter(
        MouseEvent.MOUSE_CLICKED,
        e -> {
          // a click (not the end of a zoom or pan drag) places the cursor every chart shows
          if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            double x = xAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            model.cursor().place(xAxis.getValueForDisplay(x));
          }
        });
    chart.addEventFilter(
        MouseEvent.MOUSE_DRAGGED,
        e -> panned |= e.getButton() == MouseButton.MIDDLE || e.isControlDown());
    xAxis.widthProperty().addListener((o, was, now) -> rebuild = frozenDirty = true);
    xAxis.minProperty().addListener((o, was, now) -> userMovedAxis());
    xAxis.maxProperty().addListener((o, was, now) -> userMovedAxis());
    chart.setMinHeight(0);
    VBox.setVgrow(chart, Priority.ALWAYS);
    lanes.getChildren().add(chart);
    plots.add(new Plot(chart, xAxis, zoomer));
    showCursor(model.cursor().secondsProperty().get());
  }

  /** Draws the shared cursor as a vertical line on every lane (or removes it for NaN). */
  private void showCursor(double seconds) {
    for (Plot p : plots) {
      p.chart().getPlugins().removeIf(XValueIndicator.class::isInstance);
      if (!Double.isNaN(seconds)) {
        XValueIndicator line = new XValueIndicator(p.xAxis(), seconds);
        line.setEditable(false);
        p.chart().getPlugins().add(line);
      }
    }
  }

  /** Where the shared cursor is drawn on the top chart, NaN when it is not. */
  public double cursorShown() {
    return plots.get(0).chart().getPlugins().stream()
        .filter(XValueIndicator.class::isInstance)
        .mapToDouble(p -> ((XValueIndicator) p).getValue())
        .findFirst()
        .orElse(Double.NaN);
  }

  private static DefaultNumericAxis yAxis(UnitGroup group, Side side) {
    DefaultNumericAxis y = new DefaultNumericAxis(group.axisLabel(), null);
    y.setSide(side);
    y.setAutoRangeRounding(false);
    y.setAutoRangePadding(0.05);
    y.setAnimated(false);
    y.setAutoRanging(true);
    return y;
  }

  private void frame() {
    long now = System.nanoTime();
    if (now - lastStats >= STATS_NANOS) {
      lastStats = now;
      model.refreshStats(envelopes == null ? 0 : envelopes.skipped());
    }
    if (anyLocked()) {
      return;
    }
    ChannelFeed feed = model.feedProperty().get();
    DefaultNumericAxis xAxis = plots.get(0).xAxis();
    int columns = Math.max(64, (int) Math.round(xAxis.getWidth() / PIXELS_PER_COLUMN));
    if (range == null) {
      range = new RangeEnvelopes(dataSets.size());
    }
    if (model.pausedProperty().get() || !following()) {
      if (frozenDirty) {
        frozenDirty = false;
        long from = model.originNanos() + (long) (xAxis.getMin() * 1e9);
        long to = model.originNanos() + (long) (xAxis.getMax() * 1e9);
        if (to > from) {
          range.render(feed, model.originNanos(), from, to, columns);
          push(range);
        }
      }
      return;
    }
    long windowNanos = model.windowProperty().get().toNanos();
    long from = now - windowNanos;
    if (!RangeEnvelopes.ringHolds(feed, from, now)) {
      range.render(feed, model.originNanos(), from, now, columns);
      push(range);
    } else {
      if (envelopes == null) {
        envelopes = new ChannelEnvelopes(feed.buffer(), model.originNanos(), windowNanos, columns);
      } else if (rebuild) {
        envelopes.rebuild(windowNanos, columns);
      }
      rebuild = false;
      envelopes.pull();
      envelopes.render(now);
      List<GapLog.Gap> gaps = feed.gaps().between(from, now);
      List<ChartChannel> channels = model.channels();
      for (int c = 0; c < dataSets.size(); c++) {
        int n = envelopes.points(c);
        if (breakX[c].length < n + GapBreaks.MAX_BREAKS) {
          breakX[c] = new double[n + GapBreaks.MAX_BREAKS + 64];
          breakY[c] = new double[n + GapBreaks.MAX_BREAKS + 64];
        }
        System.arraycopy(envelopes.x(c), 0, breakX[c], 0, n);
        System.arraycopy(envelopes.y(c), 0, breakY[c], 0, n);
        n = GapBreaks.insert(breakX[c], breakY[c], n, gaps, model.originNanos());
        n = channels.get(c).visibleProperty().get() ? n : 0;
        dataSets.get(c).set(breakX[c], breakY[c], n, false);
      }
    }
    setTimeAxis((from - model.originNanos()) / 1e9, (now - model.originNanos()) / 1e9);
    frames++;
  }

  private void push(RangeEnvelopes r) {
    List<ChartChannel> channels = model.channels();
    for (int c = 0; c < dataSets.size(); c++) {
      int n = channels.get(c).visibleProperty().get() ? r.points(c) : 0;
      dataSets.get(c).set(r.x(c), r.y(c), n, false);
    }
  }

  /** Sets every lane's time axis without it counting as the user's zoom or pan. */
  private void setTimeAxis(double min, double max) {
    settingAxis = true;
    try {
      for (Plot p : plots) {
        p.xAxis().set(min, max);
      }
    } finally {
      settingAxis = false;
    }
  }

  /** The user zoomed or panned: freeze on that range (data keep flowing) and redraw it. */
  private void userMovedAxis() {
    if (settingAxis) {
      return;
    }
    frozenDirty = true;
    if (!model.pausedProperty().get()) {
      model.pausedProperty().set(true);
    }
  }

  /** While paused, a new window length shows the window ending where the view ends, at once. */
  private void windowChanged() {
    rebuild = true;
    if (model.pausedProperty().get() && !plots.isEmpty()) {
      double end = plots.get(0).xAxis().getMax();
      setTimeAxis(end - model.windowProperty().get().toNanos() / 1e9, end);
      frozenDirty = true;
    }
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
    return !panned && plots.stream().allMatch(p -> p.zoomer().zoomStackDeque().isEmpty());
  }

  /** Leaves any zoom or pan and lets the time axis follow the newest samples again. */
  public void followLive() {
    settingAxis = true;
    try {
      for (Plot p : plots) {
        while (!p.zoomer().zoomStackDeque().isEmpty()) {
          p.zoomer().zoomOrigin();
        }
        p.xAxis().setAutoRanging(false);
      }
    } finally {
      settingAxis = false;
    }
    panned = false;
    rebuild = true;
    if (model.pausedProperty().get()) {
      model.pausedProperty().set(false);
    }
  }

  /** The first (top) ChartFX chart (for tests and screenshots). */
  public XYChart chart() {
    return plots.get(0).chart();
  }

  /** Every chart, top to bottom: one, or one lane per unit. */
  public List<XYChart> charts() {
    return plots.stream().map(Plot::chart).toList();
  }

  /** The y axes of every chart, in the order of the unit groups. */
  public List<Axis> yAxes() {
    List<Axis> out = new ArrayList<>();
    for (Plot p : plots) {
      for (Renderer r : p.chart().getRenderers()) {
        out.add(r.getAxes().get(1));
      }
    }
    return out;
  }

  /** The view model. */
  public ChartViewModel model() {
    return model;
  }

  /** Frames that pushed new envelopes to the chart. */
  public long frames() {
    return frames;
  }

  /** Breaks (gap markers) in channel {@code c}'s drawn curve. */
  public int gapsShown(int c) {
    DoubleDataSet ds = dataSets.get(c);
    int gaps = 0;
    for (int i = 0; i < ds.getDataCount(); i++) {
      gaps += Double.isNaN(ds.get(1, i)) ? 1 : 0;
    }
    return gaps;
  }

  /** Points currently drawn for channel {@code c}. */
  public int pointsShown(int c) {
    return dataSets.get(c).getDataCount();
  }

  /** Writes the samples of the visible time range to a CSV file; returns the row count. */
  public long exportVisibleCsv(Path file) throws IOException {
    DefaultNumericAxis xAxis = plots.get(0).xAxis();
    return model.exportCsv(file, xAxis.getMin(), xAxis.getMax());
  }

  /** Writes a PNG of the chart as shown; call on the FX thread. */
  public void exportPng(Path file) throws IOException {
    WritableImage image = lanes.snapshot(null, null);
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
    model.cursor().secondsProperty().removeListener(cursorMoved);
    model.close();
  }
}
