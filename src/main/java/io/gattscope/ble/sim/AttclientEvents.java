package io.gattscope.ble.sim;

import io.gattscope.ble.Uuids;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.sim.gatt.AttErrorException;
import io.gattscope.ble.sim.gatt.AttServer;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The events that end each attclient procedure, as a BLED112 reports them. An ATT error is thrown
 * and becomes procedure_completed with result 0x0400 | code.
 */
final class AttclientEvents {
  private final SimulatedDongle d;

  AttclientEvents(SimulatedDongle dongle) {
    this.d = dongle;
  }

  void groups(SimConnection c, int start, int end, UUID type) throws AttErrorException {
    List<BgapiMessage> out = new ArrayList<>();
    for (AttributeDatabase.ServiceGroup g : c.server.readByGroupType(start, end, type)) {
      out.add(
          new AttclientMessages.GroupFoundEvent(
              c.handle, g.start(), g.end(), Uuids.toLittleEndian(g.uuid())));
    }
    out.add(completed(c, end));
    d.outbox.sendAll(out);
  }

  void byType(SimConnection c, int start, int end, UUID type) throws AttErrorException {
    List<BgapiMessage> out = new ArrayList<>();
    for (AttServer.HandleValue hv : c.server.readByType(c.session, start, end, type)) {
      out.add(
          new AttclientMessages.AttributeValueEvent(
              c.handle, hv.handle(), BgapiConstants.VALUE_READ_BY_TYPE, hv.value()));
    }
    out.add(completed(c, end));
    d.outbox.sendAll(out);
  }

  void information(SimConnection c, int start, int end) throws AttErrorException {
    List<BgapiMessage> out = new ArrayList<>();
    for (AttServer.HandleType ht : c.server.findInformation(start, end)) {
      out.add(
          new AttclientMessages.FindInformationFoundEvent(
              c.handle, ht.handle(), Uuids.toLittleEndian(ht.type())));
    }
    out.add(completed(c, end));
    d.outbox.sendAll(out);
  }

  void read(SimConnection c, int handle) throws AttErrorException {
    byte[] v = c.server.read(c.session, handle);
    d.outbox.send(
        new AttclientMessages.AttributeValueEvent(c.handle, handle, BgapiConstants.VALUE_READ, v));
  }

  void readLong(SimConnection c, int handle) throws AttErrorException {
    byte[] v = c.server.readFull(c.session, handle);
    List<BgapiMessage> out = new ArrayList<>();
    int off = 0;
    do {
      byte[] chunk = Arrays.copyOfRange(v, off, Math.min(v.length, off + AttServer.READ_CHUNK));
      out.add(
          new AttclientMessages.AttributeValueEvent(
              c.handle, handle, BgapiConstants.VALUE_READ_BLOB, chunk));
      off += AttServer.READ_CHUNK;
    } while (off < v.length);
    out.add(completed(c, handle));
    d.outbox.sendAll(out);
  }

  void write(SimConnection c, int handle, byte[] data) throws AttErrorException {
    c.server.write(c.session, handle, data);
    d.outbox.send(completed(c, handle));
  }

  void prepare(SimConnection c, int handle, int offset, byte[] data) throws AttErrorException {
    c.server.prepareWrite(c.session, handle, offset, data);
    d.outbox.send(completed(c, handle));
  }

  void execute(SimConnection c, boolean commit) throws AttErrorException {
    c.server.executeWrite(c.session, commit);
    d.outbox.send(completed(c, 0));
  }

  private static BgapiMessage completed(SimConnection c, int handle) {
    return new AttclientMessages.ProcedureCompletedEvent(c.handle, BgapiErrors.SUCCESS, handle);
  }
}
