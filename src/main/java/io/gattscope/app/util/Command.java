package io.gattscope.app.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action a button or shortcut triggers: executable while its condition holds and it is not
 * already running; running from {@link #execute()} until the action's future completes.
 */
public final class Command {
  private final UiExecutor ui;
  private final Supplier<? extends CompletionStage<?>> action;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(false);

  /** A command whose action returns a future; {@code condition} gates it. */
  public Command(
      UiExecutor ui,
      ObservableBooleanValue condition,
      Supplier<? extends CompletionStage<?>> action) {
    this.ui = ui;
    this.action = action;
    executable.bind(
        Bindings.createBooleanBinding(() -> condition.get() && !running.get(), condition, running));
  }

  /** A command that runs a quick action on the UI thread. */
  public static Command of(UiExecutor ui, ObservableBooleanValue condition, Runnable action) {
    return new Command(
        ui,
        condition,
        () -> {
          action.run();
          return CompletableFuture.completedFuture(null);
        });
  }

  /** A command that is always allowed. */
  public static Command always(UiExecutor ui, Runnable action) {
    return of(ui, new ReadOnlyBooleanWrapper(true), action);
  }

  /** True while the condition holds and the command is not running. */
  public ReadOnlyBooleanProperty executableProperty() {
    return executable.getReadOnlyProperty();
  }

  /** True from execute() until the action finishes. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isExecutable() {
    return executable.get();
  }

  public boolean isRunning() {
    return running.get();
  }

  /**
   * Runs the action when executable (call on the UI thread). The returned future completes, on the
   * UI thread, after running has turned false; it is already done when the command was not
   * executable.
   */
  public CompletableFuture<Void> execute() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!executable.get()) {
      done.complete(null);
      return done;
    }
    running.set(true);
    CompletionStage<?> stage;
    try {
      stage = action.get();
    } catch (RuntimeException e) {
      running.set(false);
      done.completeExceptionally(e);
      return done;
    }
    stage.whenComplete(
        (r, e) ->
            ui.execute(
                () -> {
                  running.set(false);
                  if (e != null) {
                    done.completeExceptionally(e);
                  } else {
                    done.complete(null);
                  }
                }));
    return done;
  }
}
