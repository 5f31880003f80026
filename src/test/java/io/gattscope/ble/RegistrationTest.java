package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A registration undoes once and needs no catch in try-with-resources. */
class RegistrationTest {
  @Test
  void onceRunsTheUndoOnTheFirstCloseOnly() {
    AtomicInteger undone = new AtomicInteger();
    try (Registration r = Registration.once(undone::incrementAndGet)) {
      assertThat(undone).hasValue(0);
      r.close();
    }
    assertThat(undone).hasValue(1);
  }
}
