package io.gattscope.app.util;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Runs view-model updates on the UI thread: Platform::runLater in the app, directly in tests. */
@FunctionalInterface
public interface UiExecutor extends Executor {

  /** The JavaFX application thread. */
  static UiExecutor fx() {
    return r -> {
      if (Platform.isFxApplicationThread()) {
        r.run();
      } else {
        Platform.runLater(r);
      }
    };
  }

  /** Runs everything at once on the calling thread (for tests without a toolkit). */
  static UiExecutor direct() {
    return Runnable::run;
  }
}
