package io.gattscope.ble.sim;

import io.gattscope.ble.Uuids;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.sim.gatt.AttErrorException;
import io.gattscope.ble.sim.gatt.AttServer;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * BGAPI class 4 (attclient) on the simulated dongle: each GATT procedure answers at once with a
 * response, then (after the procedure delay) with the events and procedure_completed a BLED112
 * sends. One procedure runs per connection. Called under the dongle's lock.
 */
final class AttclientCommands {
  /** The most bytes one ATT write request or command carries (ATT_MTU 23 - 3). */
  static final int MAX_WRITE = AttServer.MTU - 3;

  /** The most bytes one prepare write request carries (ATT_MTU 23 - 5). */
  static final int MAX_PREPARE = AttServer.MTU - 5;

  private final SimulatedDongle d;
  private final AttclientEvents events;

  AttclientCommands(SimulatedDongle dongle) {
    this.d = dongle;
    this.events = new AttclientEvents(dongle);
  }

  boolean handle(BgapiMessage m) {
    if (m instanceof AttclientMessages.ReadByGroupType p) {
      UUID type = uuid(p.uuid().toArray());
      procedure(
          p.connection(),
          type == null ? BgapiErrors.INVALID_PARAMETER : 0,
          r -> new AttclientMessages.ReadByGroupTypeResponse(p.connection(), r),
          c -> events.groups(c, p.start(), p.end(), type));
    } else if (m instanceof AttclientMessages.ReadByType p) {
      UUID type = uuid(p.uuid().toArray());
      procedure(
          p.connection(),
          type == null ? BgapiErrors.INVALID_PARAMETER : 0,
          r -> new AttclientMessages.ReadByTypeResponse(p.connection(), r),
          c -> events.byType(c, p.start(), p.end(), type));
    } else if (m instanceof AttclientMessages.FindInformation p) {
      procedure(
          p.connection(),
          0,
          r -> new AttclientMessages.FindInformationResponse(p.connection(), r),
          c -> events.information(c, p.start(), p.end()));
    } else if (m instanceof AttclientMessages.ReadByHandle p) {
      procedure(
          p.connection(),
          0,
          r -> new AttclientMessages.ReadByHandleResponse(p.connection(), r),
          c -> events.read(c, p.chrhandle()));
    } else if (m instanceof AttclientMessages.ReadLong p) {
      procedure(
          p.connection(),
          0,
          r -> new AttclientMessages.ReadLongResponse(p.connection(), r),
          c -> events.readLong(c, p.chrhandle()));
    } else if (m instanceof AttclientMessages.AttributeWrite p) {
      procedure(
          p.connection(),
          p.data().length() > MAX_WRITE ? BgapiErrors.INVALID_PARAMETER : 0,
          r -> new AttclientMessages.AttributeWriteResponse(p.connection(), r),
          c -> events.write(c, p.atthandle(), p.data().toArray()));
    } else if (m instanceof AttclientMessages.PrepareWrite p) {
      procedure(
          p.connection(),
          p.data().length() > MAX_PREPARE ? BgapiErrors.INVALID_PARAMETER : 0,
          r -> new AttclientMessages.PrepareWriteResponse(p.connection(), r),
          c -> events.prepare(c, p.atthandle(), p.offset(), p.data().toArray()));
    } else if (m instanceof AttclientMessages.ExecuteWrite p) {
      procedure(
          p.connection(),
          p.commit() > 1 ? BgapiErrors.INVALID_PARAMETER : 0,
          r -> new AttclientMessages.ExecuteWriteResponse(p.connection(), r),
          c -> events.execute(c, p.commit() == 1));
    } else if (m instanceof AttclientMessages.WriteCommand p) {
      writeCommand(p);
    } else if (m instanceof AttclientMessages.IndicateConfirm p) {
      SimConnection c = d.established(p.connection());
      int result = BgapiErrors.SUCCESS;
      if (c == null) {
        result = BgapiErrors.NOT_CONNECTED;
      } else if (!c.awaitingConfirm) {
        result = BgapiErrors.WRONG_STATE;
      } else {
        c.awaitingConfirm = false;
      }
      d.outbox.send(new AttclientMessages.IndicateConfirmResponse(result));
    } else {
      return false;
    }
    return true;
  }

  private void writeCommand(AttclientMessages.WriteCommand p) {
    SimConnection c = d.established(p.connection());
    int result = BgapiErrors.SUCCESS;
    if (c == null) {
      result = BgapiErrors.NOT_CONNECTED;
    } else if (p.data().length() > MAX_WRITE) {
      result = BgapiErrors.INVALID_PARAMETER;
    }
    d.outbox.send(new AttclientMessages.WriteCommandResponse(p.connection(), result));
    if (result == BgapiErrors.SUCCESS && !d.silent(c.peripheral.address())) {
      byte[] data = p.data().toArray();
      d.later(
          () -> {
            if (d.connection(c.handle) == c) {
              c.server.writeCommand(c.session, p.atthandle(), data);
            }
          });
    }
  }

  /** What a procedure does once its time on air has passed. */
  interface Work {
    void run(SimConnection c) throws AttErrorException;
  }

  /**
   * Checks the connection (0x0186) and that no procedure runs (0x0181), sends the response, then
   * runs {@code work} after the procedure delay and frees the connection for the next procedure.
   */
  private void procedure(
      int connection, int paramError, IntFunction<BgapiMessage> response, Work work) {
    SimConnection c = d.established(connection);
    int result = paramError;
    if (c == null) {
      result = BgapiErrors.NOT_CONNECTED;
    } else if (result == 0 && c.busy) {
      result = BgapiErrors.WRONG_STATE;
    }
    d.outbox.send(response.apply(result));
    if (result != BgapiErrors.SUCCESS) {
      return;
    }
    if (d.silent(c.peripheral.address())) {
      return;
    }
    c.busy = true;
    d.later(
        () -> {
          if (d.connection(c.handle) != c) {
            return;
          }
          c.busy = false;
          try {
            work.run(c);
          } catch (AttErrorException e) {
            d.outbox.send(
                new AttclientMessages.ProcedureCompletedEvent(
                    c.handle, BgapiErrors.ATT_BASE | e.code(), e.handle()));
          }
        });
  }

  private static UUID uuid(byte[] wire) {
    if (wire.length != 2 && wire.length != 4 && wire.length != 16) {
      return null;
    }
    return Uuids.fromLittleEndian(Arrays.copyOf(wire, wire.length));
  }
}
