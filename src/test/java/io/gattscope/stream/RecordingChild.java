package io.gattscope.stream;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** A process that records a 2 kHz generator to the CSV file named by its argument until killed. */
public final class RecordingChild {
  private RecordingChild() {}

  public static void main(String[] args) throws Exception {
    CsvRecorder recorder =
        CsvRecorder.start(Path.of(args[0]), List.of("ramp", "text,like"), List.of("V", "\"q\""));
    double[] row = new double[2];
    byte[] raw = new byte[12];
    long start = System.nanoTime();
    for (long i = 0; ; i++) {
      row[0] = i;
      row[1] = -0.5 * i;
      raw[0] = (byte) i;
      recorder.append(System.nanoTime(), row, 2, raw);
      long due = start + (i + 1) * 500_000L;
      LockSupport.parkNanos(due - System.nanoTime());
    }
  }
}
