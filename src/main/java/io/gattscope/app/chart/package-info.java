/**
 * Internal: view models of the live notification charts, free of the scene graph: {@link
 * io.gattscope.app.chart.ChartViewModel} (feed, channels, window, pause, layout editing, rates,
 * drops, recording), {@link io.gattscope.app.chart.ChartDockViewModel} (every open chart and how
 * the dock lays them out), {@link io.gattscope.app.chart.LayoutPickerViewModel}, the channel
 * sources ({@link io.gattscope.app.chart.ChannelSources}: saved layout, SIG decoder, 0x2904, IMU
 * layout) and {@link io.gattscope.app.chart.ChannelEnvelopes}, the per-frame min/max reduction of a
 * ring buffer. The views that show them live in {@code io.gattscope.app.view.chart}.
 */
package io.gattscope.app.chart;
