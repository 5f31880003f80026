/**
 * Live notification charts: {@link io.gattscope.app.chart.ChartViewModel} (feed, channels, window,
 * pause, layout editing, rates, drops, recording; no scene graph) and {@link
 * io.gattscope.app.chart.LiveChartPane} (ChartFX view) opened per subscription by {@link
 * io.gattscope.app.chart.ChartWindows} into the chart dock ({@link
 * io.gattscope.app.chart.ChartDockViewModel}: one "Charts" window with every chart as tabs, side by
 * side or stacked, each detachable into a window of its own). A chart nobody can see (another tab,
 * a minimised window) stops drawing; its ring buffer keeps filling.
 *
 * <p>A chart's channels come from the layout saved for the characteristic, else its SIG decoder
 * ({@link io.gattscope.app.chart.SigChannels}, channel set learned from one real value), else its
 * Presentation Format descriptor (0x2904), else the IMU layout (see {@link
 * io.gattscope.app.chart.ChartWindows}).
 *
 * <p>Per frame (an {@code AnimationTimer} on the FX thread) the pane copies only the samples new
 * since the last frame out of the subscription's {@code SampleRingBuffer}, folds them into one
 * {@code MinMaxDecimator} per channel (one column per {@value
 * io.gattscope.app.chart.LiveChartPane#PIXELS_PER_COLUMN} pixels) and hands the envelopes to {@link
 * io.gattscope.app.chart.EnvelopeRenderer}, which rasterises them into one image: the work per
 * frame depends on the new samples and the plot width, never on the window length (5 s to 10 min).
 *
 * <p>Benchmark: {@link io.gattscope.app.chart.ChartBenchmark} ({@code mvn -q -o
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}, then {@code xvfb-run -a -s "-screen 0
 * 1280x800x24" java -Dprism.order=sw -cp target/classes:$(cat cp.txt)
 * io.gattscope.app.chart.ChartBenchmark --seconds 60 --png chart.png}).
 */
package io.gattscope.app.chart;
