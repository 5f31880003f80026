package io.gattscope.app.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class CommandTest {
  private final SimpleBooleanProperty allowed = new SimpleBooleanProperty(true);

  @Test
  void runningWhileTheActionsFutureIsOpenAndNotExecutableMeanwhile() {
    CompletableFuture<Void> work = new CompletableFuture<>();
    Command c = new Command(UiExecutor.direct(), allowed, () -> work);

    CompletableFuture<Void> done = c.execute();

    assertThat(c.isRunning()).isTrue();
    assertThat(c.isExecutable()).isFalse();
    assertThat(done).isNotDone();
    work.complete(null);
    assertThat(c.isRunning()).isFalse();
    assertThat(c.isExecutable()).isTrue();
    assertThat(done).isCompleted();
  }

  @Test
  void followsItsConditionAndDoesNothingWhenNotExecutable() {
    AtomicInteger runs = new AtomicInteger();
    Command c = Command.of(UiExecutor.direct(), allowed, runs::incrementAndGet);

    allowed.set(false);
    assertThat(c.isExecutable()).isFalse();
    c.execute();
    assertThat(runs).hasValue(0);

    allowed.set(true);
    c.execute();
    assertThat(runs).hasValue(1);
  }

  @Test
  void aFailingActionStopsRunningAndReportsTheFailure() {
    Command c =
        new Command(
            UiExecutor.direct(),
            allowed,
            () -> CompletableFuture.failedFuture(new IllegalStateException("boom")));

    CompletableFuture<Void> done = c.execute();

    assertThat(c.isRunning()).isFalse();
    assertThat(done).isCompletedExceptionally();
  }
}
