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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a dongle to a known idle state without a probe read: hello (or reset and wait for
 * system_boot), end any procedure, stop advertising, drop stale connections, read identity.
 */
final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private final CommandChannel channel;
  private final FrameRouter router;
  private final BgapiOptions options;
  private final String description;

  Startup(CommandChannel channel, FrameRouter router, BgapiOptions options, String description) {
    this.channel = channel;
    this.router = router;
    this.options = options;
    this.description = description;
  }

  AdapterInfo run() {
    if (options.reset()) {
      CompletableFuture<SystemMessages.BootEvent> boot = router.expectBoot();
      channel.sendWithoutResponse(new SystemMessages.Reset(0));
      try {
        Futures.await(boot, options.bootTimeout(), "system_boot after system_reset");
      } catch (BleTimeoutException e) {
        throw new AdapterUnavailableException(
            "no system_boot from "
                + description
                + " after reset; a USB dongle re-enumerates on reset,"
                + " so open it again once the port is back",
            e);
      }
    } else {
      try {
        call(new SystemMessages.Hello());
      } catch (BleTimeoutException e) {
        throw new AdapterUnavailableException(
            "no answer to system_hello from " + description + ": is it a BGAPI device?", e);
      }
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
    String firmware =
        String.format(
            Locale.ROOT,
            "%d.%d.%d build %d (LL %d, protocol %d, hw %d)",
            i.major(),
            i.minor(),
            i.patch(),
            i.build(),
            i.llVersion(),
            i.protocolVersion(),
            i.hw());
    router.startupDone();
    return new AdapterInfo("BGAPI on " + description, address, firmware, max);
  }

  private BgapiMessage call(BgapiMessage command) {
    return Futures.await(
        channel.send(command, options.commandTimeout()),
        options.commandTimeout().plusMillis(500),
        "response to " + MessageNames.of(command));
  }
}
