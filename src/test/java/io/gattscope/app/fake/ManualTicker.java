package io.gattscope.app.fake;

import io.gattscope.app.util.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A ticker that runs its tasks only when the test says so. */
public final class ManualTicker implements Ticker {
  private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

  @Override
  public AutoCloseable every(Duration period, Runnable task) {
    tasks.add(task);
    return () -> tasks.remove(task);
  }

  /** Runs every registered task once. */
  public void tick() {
    for (Runnable r : new ArrayList<>(tasks)) {
      r.run();
    }
  }

  public int tasks() {
    return tasks.size();
  }
}
