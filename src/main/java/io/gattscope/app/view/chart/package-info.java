/**
 * Internal: views of the live notification charts: {@link
 * io.gattscope.app.view.chart.LiveChartPane} (ChartFX plot and controls of one {@code
 * ChartViewModel}), opened per subscription by {@link io.gattscope.app.view.chart.ChartWindows}
 * into the chart dock ({@link io.gattscope.app.view.chart.ChartDock}: one "Charts" window with
 * every chart as tabs, side by side or stacked, each detachable into a {@link
 * io.gattscope.app.view.chart.ChartFrame}). A chart nobody can see (another tab, a minimised
 * window) stops drawing; its ring buffer keeps filling.
 *
 * <p>Per frame (an {@code AnimationTimer} on the FX thread) the pane copies only the samples new
 * since the last frame out of the subscription's {@code SampleRingBuffer}, folds them into one
 * min/max column per {@value io.gattscope.app.view.chart.LiveChartPane#PIXELS_PER_COLUMN} pixels
 * and hands the envelopes to {@link io.gattscope.app.view.chart.EnvelopeRenderer}, which rasterises
 * them into one image: the work per frame depends on the new samples and the plot width, never on
 * the window length.
 *
 * <p>The benchmark ({@code ChartBenchmark}) and the stand-alone demo ({@code LiveChartDemo}) are
 * test code, run from {@code target/test-classes} (see the README's benchmark table).
 */
package io.gattscope.app.view.chart;
