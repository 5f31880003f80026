package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Start-up says hello again when a dongle does not answer in time, and gives up after three. */
class HelloRetryTest {
  private static final byte[] HELLO = {0x00, 0x00, 0x00, 0x01};

  /**
   * A link that holds back the first {@code lost} system_hello commands on their way to the dongle;
   * when {@code late}, each held hello reaches the dongle just before the next one.
   */
  private static final class LosingHellos extends ForwardingLink {
    private final int lost;
    private final boolean late;
    final AtomicInteger hellos = new AtomicInteger();

    LosingHellos(BgapiLink inner, int lost) {
      this(inner, lost, false);
    }

    LosingHellos(BgapiLink inner, int lost, boolean late) {
      super(inner, "lossy ");
      this.lost = lost;
      this.late = late;
    }

    @Override
    public void send(byte[] data, int off, int len) {
      if (Arrays.equals(data, off, off + len, HELLO, 0, HELLO.length)) {
        int n = hellos.incrementAndGet();
        if (late && n > 1) {
          inner.send(HELLO, 0, HELLO.length);
        }
        if (n <= lost) {
          return;
        }
      }
      inner.send(data, off, len);
    }
  }

  /** A timeout that loses a hello quickly, for the case where no answer ever comes. */
  private static BgapiOptions quick() {
    return BgapiOptions.defaults().withCommandTimeout(Duration.ofMillis(300));
  }

  /**
   * A timeout an answered hello always beats, even on a loaded host: the cases that count hellos
   * must not see a third one because an answer was merely slow.
   */
  private static BgapiOptions patient() {
    return BgapiOptions.defaults().withCommandTimeout(Duration.ofSeconds(2));
  }

  @Test
  void aDongleThatMissesTheFirstHelloStillStarts() {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
    LosingHellos link = new LosingHellos(pair.host(), 2);
    try (BgapiBackend backend = new BgapiBackend(link, patient())) {
      backend.start();
      assertThat(backend.adapterInfo().address()).isNotNull();
      assertThat(link.hellos.get()).isEqualTo(3);
    } finally {
      sim.close();
    }
  }

  @Test
  void aPortThatNeverAnswersIsNotABgapiDeviceAfterThreeHellos() {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
    LosingHellos link = new LosingHellos(pair.host(), Integer.MAX_VALUE);
    try (BgapiBackend backend = new BgapiBackend(link, quick())) {
      assertThatThrownBy(backend::start)
          .isInstanceOf(AdapterUnavailableException.class)
          .hasMessage(
              "no answer to system_hello from lossy in-memory link (host end) (3 attempts): is it"
                  + " a BGAPI device?");
      assertThat(link.hellos.get()).isEqualTo(3);
    } finally {
      sim.close();
    }
  }

  @Test
  void aLateAnswerToTheFirstHelloPaysTheSecondAndTheRestGoesOn() {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
    LosingHellos link = new LosingHellos(pair.host(), 1, true);
    try (BgapiBackend backend = new BgapiBackend(link, patient())) {
      backend.start();
      assertThat(link.hellos.get()).isEqualTo(2);
      assertThat(backend.adapterInfo().maxConnections()).isPositive();
    } finally {
      sim.close();
    }
  }
}
