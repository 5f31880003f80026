package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A reset BLED112 vanishes from USB and comes back; start-up reopens it and says hello. */
class UsbResetTest {

  @Test
  void aResetDongleThatReEnumeratesIsReopened() {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    ReEnumeratingLink usb = new ReEnumeratingLink(pair.host());
    try (Simulator sim = Simulator.start(pair.device(), SimulatorConfig.defaults());
        BgapiBackend backend =
            new BgapiBackend(
                usb, new BgapiOptions(Duration.ofSeconds(2), true, Duration.ofMillis(400), 1024))) {
      backend.start();
      assertThat(backend.adapterInfo().address()).isEqualTo(SimulatorConfig.DEFAULT_ADDRESS);
      assertThat(usb.closes.get()).as("closed once when the port vanished").isEqualTo(1);
      assertThat(usb.failedOpens.get()).as("the first reopen found no port yet").isEqualTo(1);
      assertThat(backend.scan(Duration.ofMillis(500))).isNotEmpty();
    }
  }

  /** Drops off the bus when it sees system_reset and refuses the first reopen, like a BLED112. */
  private static final class ReEnumeratingLink implements BgapiLink {
    private final InMemoryLink bus;
    private final AtomicInteger closes = new AtomicInteger();
    private final AtomicInteger failedOpens = new AtomicInteger();
    private volatile LinkReceiver receiver;
    private volatile boolean attached;
    private boolean everOpened;

    ReEnumeratingLink(InMemoryLink bus) {
      this.bus = bus;
    }

    @Override
    public synchronized void open() {
      if (closes.get() == 1 && failedOpens.get() == 0) {
        failedOpens.incrementAndGet();
        throw new AdapterUnavailableException("no such port (still enumerating)");
      }
      if (!everOpened) {
        bus.setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                if (attached) {
                  receiver.onData(buf, off, len);
                }
              }

              @Override
              public void onClosed(Throwable cause) {
                receiver.onClosed(cause);
              }
            });
        bus.open();
        everOpened = true;
      }
      attached = true;
    }

    @Override
    public boolean isOpen() {
      return attached;
    }

    @Override
    public void send(byte[] data, int off, int len) {
      if (!attached) {
        throw new AdapterUnavailableException("the port is gone");
      }
      boolean reset =
          len == 5
              && data[off] == 0
              && data[off + 1] == 1
              && data[off + 2] == 0
              && data[off + 3] == 0;
      bus.send(data, off, len);
      if (reset) {
        attached = false;
      }
    }

    @Override
    public void setReceiver(LinkReceiver r) {
      receiver = r;
    }

    @Override
    public String description() {
      return "re-enumerating USB stand-in";
    }

    @Override
    public void close() {
      closes.incrementAndGet();
      attached = false;
      if (closes.get() > 1) {
        bus.close();
      }
    }
  }
}
