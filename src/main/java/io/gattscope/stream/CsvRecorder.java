package io.gattscope.stream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams samples to a CSV file: the producer thread puts rows into a bounded queue without
 * blocking or allocating, and a scheduled writer thread drains it through a {@link BufferedWriter}
 * and flushes the file at least once per second, so a killed process loses at most about a second
 * of rows and leaves at most one partial last line. When the queue is full rows are dropped and
 * counted.
 *
 * <p>File format (UTF-8, RFC 4180: CRLF line ends, cells with comma, quote, CR or LF quoted, inner
 * quotes doubled): a header {@code time_iso,time_s,name (unit),...,arrival_s,raw_hex}, then one row
 * per sample: the UTC wall-clock time with milliseconds ({@code 2026-11-24T02:51:46.123Z}, from the
 * monotonic timestamp and a {@link ClockAnchor} taken at start), the time in seconds since the
 * first written row (9 decimals, monotonic; the sample time, see {@link SampleClock}), one column
 * per channel (empty when the sample had fewer channels or the value is NaN, i.e. missing), the
 * host's arrival time on the same scale ({@code arrival_s}) and the raw notification payload in
 * lower-case hex (empty when none was given).
 */
public final class CsvRecorder implements AutoCloseable {
  /** Rows the default queue holds (about 30 s at 2 kHz). */
  public static final int DEFAULT_QUEUE_ROWS = 65_536;

  private static final Logger LOG = LoggerFactory.getLogger(CsvRecorder.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
  private static final long FLUSH_NANOS = 1_000_000_000L;
  private static final int RAW_BYTES_PER_ROW = 24;

  /**
   * Pairs a wall-clock instant with the {@link System#nanoTime()} read at the same moment, to turn
   * monotonic sample timestamps into wall-clock times.
   *
   * @param wall the wall-clock time
   * @param nanoTime the monotonic time at that instant, in nanoseconds
   */
  public record ClockAnchor(Instant wall, long nanoTime) {
    /**
     * Anchors the current wall-clock time to the current monotonic time.
     *
     * @return the anchor, its monotonic time taken half-way between two readings around the wall
     *     clock's
     */
    public static ClockAnchor now() {
      long before = System.nanoTime();
      Instant wall = Instant.now();
      long after = System.nanoTime();
      return new ClockAnchor(wall, before + (after - before) / 2);
    }

    /**
     * The wall-clock time of a monotonic timestamp.
     *
     * @param nanos a {@link System#nanoTime()} reading, before or after the anchor
     * @return the wall-clock instant of that reading, assuming no wall-clock adjustment since
     */
    public Instant wallTimeOf(long nanos) {
      return wall.plusNanos(nanos - nanoTime);
    }
  }

  private final Path file;
  private final RowQueue queue;
  private final BufferedWriter writer;
  private final ScheduledExecutorService executor;
  private final boolean ownExecutor;
  private final ScheduledFuture<?> drainTask;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final StringBuilder line = new StringBuilder(256);
  private final ClockAnchor anchor;
  private long lastFlushNanos = System.nanoTime();
  private volatile boolean closed;
  private volatile IOException failure;
  private long originNanos;
  private boolean haveOrigin;
  private RecordingSummary summary;

  private volatile int[] decimals;

  private CsvRecorder(
      Path file,
      List<String> names,
      List<String> units,
      int queueRows,
      ScheduledExecutorService executor,
      boolean ownExecutor,
      Duration drainPeriod,
      ClockAnchor anchor,
      OpenOption... open)
      throws IOException {
    if (names.size() != units.size()) { // no names: only the times and the raw payload
      throw new IllegalArgumentException(
          "need one unit per channel name, got " + names.size() + " names, " + units.size());
    }
    this.file = file;
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.queue = new RowQueue(queueRows, names.size(), queueRows * RAW_BYTES_PER_ROW);
    this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, open);
    this.executor = executor;
    this.ownExecutor = ownExecutor;
    try {
      writer.write(CsvFormat.header(names, units));
      writer.flush();
    } catch (IOException e) {
      writer.close();
      throw e;
    }
    long period = Math.max(1, drainPeriod.toMillis());
    this.drainTask =
        executor.scheduleWithFixedDelay(this::drainSafely, period, period, TimeUnit.MILLISECONDS);
  }

  /**
   * Starts recording into {@code file} (created or truncated) with its own writer thread. The
   * writer thread is a daemon, drains every 20 ms and ends with {@link #finish()}; the queue holds
   * {@link #DEFAULT_QUEUE_ROWS} rows.
   *
   * @param file the CSV file; its directory must exist
   * @param names the channel names for the header, in channel order
   * @param units the unit of each channel, "" when none; as many as {@code names}
   * @return the running recorder, its header already written
   * @throws IllegalArgumentException if {@code names} and {@code units} differ in length
   * @throws IOException if the file cannot be created or the header cannot be written
   */
  public static CsvRecorder start(Path file, List<String> names, List<String> units)
      throws IOException {
    return startOwn(file, names, units);
  }

  /**
   * Starts recording into {@code file} with its own writer thread, never through a symbolic link: a
   * link fails with an {@link IOException} (too many levels of symbolic links, or the file exists),
   * and an existing file fails with {@link java.nio.file.FileAlreadyExistsException} unless {@code
   * replace} allows truncating it.
   *
   * @param file the CSV file to create
   * @param names the channel names, one column each after the time columns
   * @param units the channel units, in the same order as {@code names}
   * @param replace whether an existing regular file may be truncated
   * @return the running recorder
   * @throws IOException if the file is a link, exists without {@code replace}, or cannot be written
   */
  public static CsvRecorder startNoFollow(
      Path file, List<String> names, List<String> units, boolean replace) throws IOException {
    return replace
        ? startOwn(
            file,
            names,
            units,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)
        : startOwn(
            file,
            names,
            units,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
  }

  private static CsvRecorder startOwn(
      Path file, List<String> names, List<String> units, OpenOption... open) throws IOException {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "csv-recorder " + file.getFileName());
              t.setDaemon(true);
              return t;
            });
    try {
      return new CsvRecorder(
          file,
          names,
          units,
          DEFAULT_QUEUE_ROWS,
          executor,
          true,
          Duration.ofMillis(20),
          ClockAnchor.now(),
          open);
    } catch (IOException | RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
  }

  /**
   * Starts recording with a given queue size, draining every {@code drainPeriod} on {@code
   * executor} (which the recorder does not shut down).
   *
   * @param file the CSV file, created or truncated; its directory must exist
   * @param names the channel names for the header, in channel order
   * @param units the unit of each channel, "" when none; as many as {@code names}
   * @param queueRows rows the queue holds before new rows are dropped, at least 1
   * @param executor runs the drain task; it must stay alive until {@link #finish()} returns
   * @param drainPeriod time between drains, at least 1 ms (shorter is raised to 1 ms)
   * @return the running recorder, its header already written
   * @throws IllegalArgumentException if {@code names} and {@code units} differ in length
   * @throws IOException if the file cannot be created or the header cannot be written
   */
  public static CsvRecorder start(
      Path file,
      List<String> names,
      List<String> units,
      int queueRows,
      ScheduledExecutorService executor,
      Duration drainPeriod)
      throws IOException {
    return start(file, names, units, queueRows, executor, drainPeriod, ClockAnchor.now());
  }

  /**
   * Like {@link #start(Path, List, List, int, ScheduledExecutorService, Duration)} with a given
   * clock anchor for the {@code time_iso} column.
   *
   * @param file the CSV file, created or truncated; its directory must exist
   * @param names the channel names for the header, in channel order
   * @param units the unit of each channel, "" when none; as many as {@code names}
   * @param queueRows rows the queue holds before new rows are dropped, at least 1
   * @param executor runs the drain task; it must stay alive until {@link #finish()} returns
   * @param drainPeriod time between drains, at least 1 ms (shorter is raised to 1 ms)
   * @param anchor pairs the monotonic sample clock with wall-clock time; not {@code null}
   * @return the running recorder, its header already written
   * @throws NullPointerException if {@code anchor} is {@code null}
   * @throws IllegalArgumentException if {@code names} and {@code units} differ in length
   * @throws IOException if the file cannot be created or the header cannot be written
   */
  public static CsvRecorder start(
      Path file,
      List<String> names,
      List<String> units,
      int queueRows,
      ScheduledExecutorService executor,
      Duration drainPeriod,
      ClockAnchor anchor)
      throws IOException {
    return new CsvRecorder(file, names, units, queueRows, executor, false, drainPeriod, anchor);
  }

  /**
   * Prints each channel's values with these decimals (see {@link ChannelDecoder#decimals}; a
   * negative entry prints the shortest form); without it every value prints in the shortest form.
   *
   * @param decimals one entry per channel, copied
   * @return this recorder
   * @throws IllegalArgumentException if the array length differs from {@link #channelCount()}
   */
  public CsvRecorder withDecimals(int[] decimals) {
    if (decimals.length != queue.channels()) {
      throw new IllegalArgumentException(
          decimals.length + " decimals for " + queue.channels() + " channels");
    }
    this.decimals = decimals.clone();
    return this;
  }

  /**
   * Records a sample with every channel; same as {@code append(t, values, channelCount)}.
   *
   * @param timestampNanos the sample time in nanoseconds, also used as its arrival time
   * @param values at least {@link #channelCount()} values; copied into the queue
   * @return {@code false} when the row was dropped (queue full, recorder closed or failed)
   */
  public boolean append(long timestampNanos, double[] values) {
    return append(timestampNanos, values, queue.channels());
  }

  /**
   * Queues one row; call from one producer thread. Never blocks, never allocates.
   *
   * @param timestampNanos the sample time in nanoseconds, also used as its arrival time
   * @param values the channel values; only the first {@code count} are read
   * @param count channels present in {@code values} (0..channel count); the rest stay empty
   * @return false when the row was dropped (queue full, recorder closed or failed)
   * @throws IllegalArgumentException if {@code count} is negative or exceeds the channel count or
   *     {@code values.length}
   */
  public boolean append(long timestampNanos, double[] values, int count) {
    return append(timestampNanos, values, count, null);
  }

  /**
   * Queues one row with its raw payload for the {@code raw_hex} column; call from one producer
   * thread. Never blocks, never allocates.
   *
   * @param timestampNanos the sample time in nanoseconds, also used as its arrival time
   * @param values the channel values; only the first {@code count} are read
   * @param count channels present in {@code values} (0..channel count); the rest stay empty
   * @param payload the notification bytes (copied), or null for an empty {@code raw_hex} cell
   * @return false when the row was dropped (queue full, recorder closed or failed)
   * @throws IllegalArgumentException if {@code count} is negative or exceeds the channel count or
   *     {@code values.length}
   */
  public boolean append(long timestampNanos, double[] values, int count, byte[] payload) {
    return append(timestampNanos, timestampNanos, values, count, payload);
  }

  /**
   * Queues one row with its sample time, its host arrival time (the {@code arrival_s} column) and
   * its raw payload; call from one producer thread. Never blocks, never allocates.
   *
   * @param timestampNanos the sample time in nanoseconds (the {@code time_iso} and {@code time_s}
   *     columns)
   * @param arrivalNanos when the notification arrived, on the same clock
   * @param values the channel values; only the first {@code count} are read
   * @param count channels present in {@code values} (0..channel count); the rest stay empty
   * @param payload the notification bytes (copied), or null for an empty {@code raw_hex} cell
   * @return false when the row was dropped (queue full, recorder closed or failed)
   * @throws IllegalArgumentException if {@code count} is negative or exceeds the channel count or
   *     {@code values.length}
   */
  public boolean append(
      long timestampNanos, long arrivalNanos, double[] values, int count, byte[] payload) {
    if (count < 0 || count > queue.channels() || count > values.length) {
      throw new IllegalArgumentException(
          "count " + count + " does not fit " + queue.channels() + " channels");
    }
    if (closed || !queue.offer(timestampNanos, arrivalNanos, values, count, payload)) {
      dropped.incrementAndGet();
      return false;
    }
    return true;
  }

  /**
   * Rows written to the file so far.
   *
   * @return the count, read from any thread
   */
  public long rowsWritten() {
    return written.get();
  }

  /**
   * Rows dropped so far.
   *
   * @return the count, read from any thread
   */
  public long rowsDropped() {
    return dropped.get();
  }

  /**
   * Channels per row.
   *
   * @return the number of channel names given at start
   */
  public int channelCount() {
    return queue.channels();
  }

  /**
   * The file being written.
   *
   * @return the path given at start
   */
  public Path file() {
    return file;
  }

  private void drainSafely() {
    try {
      drain();
    } catch (IOException e) {
      if (failure == null) {
        LOG.error("recording to {} failed, dropping further rows", file, e);
      }
      failure = e;
      closed = true;
    } catch (RuntimeException e) {
      LOG.error("recording to {}: unexpected error while writing", file, e);
    }
  }

  private void drain() throws IOException {
    if (failure != null) {
      return;
    }
    int n = queue.available();
    for (int i = 0; i < n; i++) {
      long t = queue.timestamp(i);
      if (!haveOrigin) {
        originNanos = t;
        haveOrigin = true;
      }
      line.setLength(0);
      CsvFormat.row(line, anchor.wallTimeOf(t), t - originNanos, queue, i, decimals);
      writer.append(line);
    }
    queue.release(n);
    written.addAndGet(n);
    long now = System.nanoTime();
    if (closed || now - lastFlushNanos >= FLUSH_NANOS) {
      writer.flush();
      lastFlushNanos = now;
    }
  }

  /**
   * Stops accepting rows, writes what is queued, closes the file and reports the counts; later
   * calls return the same summary.
   *
   * @return the file and the written and dropped row counts
   * @throws IOException when writing the file failed (rows after the failure were dropped)
   */
  public synchronized RecordingSummary finish() throws IOException {
    if (summary != null) {
      return summary;
    }
    closed = true;
    drainTask.cancel(false);
    try {
      executor.submit(this::drainSafely).get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while finishing " + file, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("could not finish writing " + file + " within " + CLOSE_TIMEOUT, e);
    } finally {
      writer.close();
      if (ownExecutor) {
        executor.shutdown();
      }
    }
    if (failure != null) {
      throw new IOException("recording to " + file + " failed", failure);
    }
    dropped.addAndGet(queue.available());
    summary = new RecordingSummary(file, written.get(), dropped.get());
    LOG.info(
        "recorded {} rows to {} ({} dropped)", summary.rowsWritten(), file, summary.rowsDropped());
    return summary;
  }

  /** Same as {@link #finish()}. */
  @Override
  public void close() throws IOException {
    finish();
  }
}
