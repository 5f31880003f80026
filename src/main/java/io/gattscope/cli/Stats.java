package io.gattscope.cli;

import java.util.Arrays;
import java.util.List;

/** Small statistics for benchmark runs. */
final class Stats {
  private Stats() {}

  /** The median of the values (the mean of the middle two for an even count). */
  static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to take the median of");
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Heap in use now, in bytes, after asking for a collection. */
  static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
