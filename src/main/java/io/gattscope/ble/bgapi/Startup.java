package io.gattscope.ble.bgapi;

import io.gattscope.ble.AdapterInfo;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import io.gattscope.ble.bgapi.link.BgapiLink;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a dongle to a known idle state without a probe read: hello (or reset and wait for
 * system_boot), end any procedure, stop advertising, drop stale connections, read identity.
 */
final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  /** How many times start-up says hello before giving up on the port. */
  static final int HELLO_ATTEMPTS = 3;

  private final CommandChannel channel;
  private final FrameRouter router;
  private final BgapiLink link;
  private final BgapiOptions options;
  private final String description;

  Startup(CommandChannel channel, FrameRouter router, BgapiLink link, BgapiOptions options) {
    this.channel = channel;
    this.router = router;
    this.link = link;
    this.options = options;
    this.description = link.description();
  }

  AdapterInfo run() {
    if (options.reset()) {
      CompletableFuture<SystemMessages.BootEvent> boot = router.expectBoot();
      channel.sendWithoutResponse(new SystemMessages.Reset(0));
      try {
        Futures.await(boot, options.bootTimeout(), "system_boot after system_reset");
      } catch (BleTimeoutException e) {
        LOG.info(
            "no system_boot from {} after reset: reopening it as a re-enumerated USB dongle",
            description);
        reopenAfterReEnumeration();
      }
    } else {
      hello();
    }
    int end = Results.of(call(new GapMessages.EndProcedure()));
    if (end != 0 && end != BgapiErrors.WRONG_STATE) {
      LOG.debug("gap_end_procedure at start: {}", BgapiErrors.name(end));
    }
    call(new GapMessages.SetMode(0, 0));
    int max =
        ((SystemMessages.GetConnectionsResponse) call(new SystemMessages.GetConnections()))
            .maxconn();
    for (int i = 0; i < max; i++) {
      int r = Results.of(call(new ConnectionMessages.Disconnect(i)));
      if (r == 0) {
        LOG.info("dropped stale connection {} on {}", i, description);
      }
    }
    BleAddress address =
        ((SystemMessages.AddressGetResponse) call(new SystemMessages.AddressGet())).address();
    SystemMessages.GetInfoResponse i =
        (SystemMessages.GetInfoResponse) call(new SystemMessages.GetInfo());
    // concatenated, not String.format: its first use loads locale data (docs/benchmarks.md)
    String firmware =
        i.major()
            + "."
            + i.minor()
            + "."
            + i.patch()
            + " build "
            + i.build()
            + " (LL "
            + i.llVersion()
            + ", protocol "
            + i.protocolVersion()
            + ", hw "
            + i.hw()
            + ")";
    router.startupDone();
    return new AdapterInfo("BGAPI on " + description, address, firmware, max);
  }

  /**
   * A BLED112 drops off USB on reset and comes back: close the port, retry opening it every 100 ms
   * until the boot timeout, then say hello on the new port.
   */
  private void reopenAfterReEnumeration() {
    link.close();
    router.resetParser();
    long deadline = System.nanoTime() + options.bootTimeout().toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        link.open();
        last = null;
        break;
      } catch (RuntimeException e) {
        last = e;
        Futures.await(
            CompletableFuture.runAsync(
                () -> {}, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)),
            Duration.ofSeconds(1),
            "the port to come back");
      }
    }
    if (last != null) {
      throw new AdapterUnavailableException(
          description
              + " did not come back within "
              + options.bootTimeout().toMillis()
              + " ms after reset",
          last);
    }
    try {
      call(new SystemMessages.Hello());
    } catch (BleTimeoutException e) {
      throw new AdapterUnavailableException(
          "no answer to system_hello from " + description + " after reset", e);
    }
  }

  /**
   * Says hello up to {@link #HELLO_ATTEMPTS} times: a dongle just plugged in, or a host too busy to
   * read the answer in time, gets another chance before the port counts as not a BGAPI device; a
   * late answer to an earlier hello is discarded by the command channel.
   */
  private void hello() {
    for (int attempt = 1; ; attempt++) {
      try {
        call(new SystemMessages.Hello());
        return;
      } catch (BleTimeoutException e) {
        if (attempt == HELLO_ATTEMPTS) {
          throw new AdapterUnavailableException(
              "no answer to system_hello from "
                  + description
                  + " ("
                  + HELLO_ATTEMPTS
                  + " attempts): is it a BGAPI device?",
              e);
        }
        LOG.info(
            "no answer to system_hello from {} yet; saying hello again ({} of {})",
            description,
            attempt + 1,
            HELLO_ATTEMPTS);
      }
    }
  }

  private BgapiMessage call(BgapiMessage command) {
    return channel.call(command, options.commandTimeout());
  }
}
