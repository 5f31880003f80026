/**
 * API: the data path of live notification charts, free of JavaFX and of backends: payload layouts
 * turn notification bytes into numeric channels, lock-free bounded ring buffers hold them, a
 * min/max decimator reduces them per pixel column, a rate meter counts them and a recorder streams
 * them to CSV.
 *
 * <p>Typical wiring (the chart side runs once per frame on the UI thread):
 *
 * <pre>{@code
 * PayloadLayout layout = PayloadLayout.parse("ax:i16*0.001 g, ay:i16*0.001 g, az:i16*0.001 g");
 * ChannelFeed feed = new ChannelFeed(layout, SampleRingBuffer.DEFAULT_CAPACITY, meter.register("imu"));
 * Subscription sub = device.subscribe(ref, feed);          // notifications -> ring buffer
 *
 * SampleSnapshot snapshot = new SampleSnapshot(feed.buffer().capacity(), layout.channelCount());
 * MinMaxDecimator ax = new MinMaxDecimator(plotWidthPixels, 10_000_000_000L, startNanos);
 * // each frame:
 * feed.buffer().copySince(next, snapshot);                 // only what is new, no allocation
 * next = snapshot.nextSequence();
 * ax.add(snapshot.timestamps(), snapshot.channel(0), 0, snapshot.count());
 * ax.scrollTo(System.nanoTime());
 * int points = ax.polyline(x, y);                          // at most 2 * plotWidthPixels points
 * }</pre>
 */
package io.gattscope.stream;
