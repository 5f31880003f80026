package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;

/**
 * BGAPI class 3 (connection) on the simulated dongle: disconnect, RSSI and parameter updates, and
 * links that end on their own. Called under the dongle's lock.
 */
final class ConnectionCommands {
  /** Flag of connection_status telling that the parameters changed. */
  private final SimulatedDongle d;

  ConnectionCommands(SimulatedDongle dongle) {
    this.d = dongle;
  }

  boolean handle(BgapiMessage m) {
    if (m instanceof ConnectionMessages.Disconnect p) {
      SimConnection c = d.established(p.connection());
      if (c == null) {
        d.outbox.send(
            new ConnectionMessages.DisconnectResponse(p.connection(), BgapiErrors.NOT_CONNECTED));
        return true;
      }
      d.outbox.send(new ConnectionMessages.DisconnectResponse(c.handle, BgapiErrors.SUCCESS));
      d.later(() -> drop(c, BgapiErrors.LOCAL_HOST_TERMINATED));
    } else if (m instanceof ConnectionMessages.GetRssi p) {
      SimConnection c = d.established(p.connection());
      int rssi = c == null ? 0 : (int) Math.round(c.rssi);
      d.outbox.send(new ConnectionMessages.GetRssiResponse(p.connection(), rssi));
    } else if (m instanceof ConnectionMessages.Update p) {
      update(p);
    } else {
      return false;
    }
    return true;
  }

  private void update(ConnectionMessages.Update p) {
    SimConnection c = d.established(p.connection());
    int result = BgapiErrors.SUCCESS;
    if (c == null) {
      result = BgapiErrors.NOT_CONNECTED;
    } else if (!BgapiConstants.intervalInRange(p.intervalMin())
        || !BgapiConstants.intervalInRange(p.intervalMax())
        || p.intervalMin() > p.intervalMax()
        || !BgapiConstants.timeoutInRange(p.timeout())
        || p.latency() > 500) {
      result = BgapiErrors.INVALID_PARAMETER;
    }
    d.outbox.send(new ConnectionMessages.UpdateResponse(p.connection(), result));
    if (result != BgapiErrors.SUCCESS) {
      return;
    }
    d.later(
        () -> {
          if (d.connection(c.handle) != c) {
            return;
          }
          c.interval = p.intervalMax();
          c.latency = p.latency();
          c.timeout = p.timeout();
          int flags =
              BgapiConstants.FLAG_CONNECTED
                  | (c.encrypted ? BgapiConstants.FLAG_ENCRYPTED : 0)
                  | BgapiConstants.FLAG_PARAMETERS_CHANGE;
          d.outbox.send(GapCommands.status(c, flags));
        });
  }

  /** Ends a link with {@code reason} (HCI-based BGAPI code, e.g. 0x0208 supervision timeout). */
  void drop(SimConnection c, int reason) {
    if (d.connection(c.handle) != c) {
      return;
    }
    d.release(c);
    d.outbox.send(new ConnectionMessages.DisconnectedEvent(c.handle, reason));
  }
}
