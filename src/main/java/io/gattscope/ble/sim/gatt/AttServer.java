package io.gattscope.ble.sim.gatt;

import io.gattscope.ble.AttError;
import io.gattscope.ble.Uuids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ATT server of a simulated peripheral: the requests of Core Vol 3 Part F as pure functions
 * over an {@link AttributeDatabase} and one connection's {@link AttSession}, with the default
 * ATT_MTU of 23.
 */
public final class AttServer {
  /** The ATT_MTU a BLE 4.0 link uses without an exchange. */
  public static final int MTU = 23;

  /** The most value bytes one read or read-blob response carries (MTU - 1). */
  public static final int READ_CHUNK = MTU - 1;

  private final AttributeDatabase db;
  private volatile byte[] hash;

  /**
   * A server over one database.
   *
   * @param db the attribute database to serve; its values change with writes
   */
  public AttServer(AttributeDatabase db) {
    this.db = db;
  }

  /**
   * The database served.
   *
   * @return the database this server was made with
   */
  public AttributeDatabase database() {
    return db;
  }

  /**
   * A handle/value pair from Read By Type.
   *
   * @param handle attribute handle
   * @param value value bytes (at most MTU - 4)
   */
  public record HandleValue(int handle, byte[] value) {}

  /**
   * A handle/type pair from Find Information.
   *
   * @param handle attribute handle
   * @param type attribute type
   */
  public record HandleType(int handle, UUID type) {}

  /**
   * Read By Group Type over {@code start..end}: every service group of that type in range.
   *
   * @param start the first handle of the range, 1 to 0xFFFF
   * @param end the last handle of the range, at least start
   * @param groupType the group type: primary (0x2800) or secondary (0x2801) service
   * @return the matching service groups whose declaration lies in range, in handle order
   * @throws AttErrorException INVALID_HANDLE for a bad range, UNSUPPORTED_GROUP_TYPE for another
   *     type, ATTRIBUTE_NOT_FOUND if none match
   */
  public List<AttributeDatabase.ServiceGroup> readByGroupType(int start, int end, UUID groupType)
      throws AttErrorException {
    checkRange(start, end);
    if (!groupType.equals(AttTypes.PRIMARY_SERVICE)
        && !groupType.equals(AttTypes.SECONDARY_SERVICE)) {
      throw new AttErrorException(AttError.UNSUPPORTED_GROUP_TYPE, start);
    }
    List<AttributeDatabase.ServiceGroup> out = new ArrayList<>();
    for (AttributeDatabase.ServiceGroup g : db.services()) {
      if (g.start() >= start && g.start() <= end && g.type().equals(groupType)) {
        out.add(g);
      }
    }
    if (out.isEmpty()) {
      throw new AttErrorException(AttError.ATTRIBUTE_NOT_FOUND, start);
    }
    return out;
  }

  /**
   * Read By Type over {@code start..end}: values of attributes of {@code type}, in order.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param start the first handle of the range, 1 to 0xFFFF
   * @param end the last handle of the range, at least start
   * @param type the attribute type to look for
   * @return the handle and value (cut to MTU - 4 bytes) of each readable match, stopping at the
   *     first one that cannot be read
   * @throws AttErrorException INVALID_HANDLE for a bad range, ATTRIBUTE_NOT_FOUND if none match, or
   *     the read error of the first match
   */
  public List<HandleValue> readByType(AttSession session, int start, int end, UUID type)
      throws AttErrorException {
    checkRange(start, end);
    List<HandleValue> out = new ArrayList<>();
    for (Attribute a : db.range(start, end)) {
      if (!a.type().equals(type)) {
        continue;
      }
      try {
        checkRead(session, a);
      } catch (AttErrorException e) {
        if (out.isEmpty()) {
          throw e;
        }
        break;
      }
      byte[] v = valueOf(session, a);
      out.add(new HandleValue(a.handle(), Arrays.copyOf(v, Math.min(v.length, MTU - 4))));
    }
    if (out.isEmpty()) {
      throw new AttErrorException(AttError.ATTRIBUTE_NOT_FOUND, start);
    }
    return out;
  }

  /**
   * Find Information over {@code start..end}: handle and type of every attribute in range.
   *
   * @param start the first handle of the range, 1 to 0xFFFF
   * @param end the last handle of the range, at least start
   * @return the handle and type of every attribute in range, in handle order
   * @throws AttErrorException INVALID_HANDLE for a bad range, ATTRIBUTE_NOT_FOUND if the range is
   *     empty
   */
  public List<HandleType> findInformation(int start, int end) throws AttErrorException {
    checkRange(start, end);
    List<HandleType> out = new ArrayList<>();
    for (Attribute a : db.range(start, end)) {
      out.add(new HandleType(a.handle(), a.type()));
    }
    if (out.isEmpty()) {
      throw new AttErrorException(AttError.ATTRIBUTE_NOT_FOUND, start);
    }
    return out;
  }

  /**
   * Read: the first MTU - 1 bytes of the value.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param handle the attribute handle
   * @return the value's first MTU - 1 bytes
   * @throws AttErrorException INVALID_HANDLE, READ_NOT_PERMITTED, INSUFFICIENT_AUTHENTICATION or
   *     the attribute's configured read error
   */
  public byte[] read(AttSession session, int handle) throws AttErrorException {
    return readBlob(session, handle, 0);
  }

  /**
   * Read Blob: up to MTU - 1 bytes from {@code offset}; an offset past the end is ATT 0x07.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param handle the attribute handle
   * @param offset the byte offset to read from
   * @return up to MTU - 1 bytes of the value from the offset; empty at the end of the value
   * @throws AttErrorException INVALID_HANDLE, READ_NOT_PERMITTED, INSUFFICIENT_AUTHENTICATION,
   *     INVALID_OFFSET or the attribute's configured read error
   */
  public byte[] readBlob(AttSession session, int handle, int offset) throws AttErrorException {
    Attribute a = attribute(handle);
    checkRead(session, a);
    byte[] v = valueOf(session, a);
    if (offset < 0 || offset > v.length) {
      throw new AttErrorException(AttError.INVALID_OFFSET, handle);
    }
    return Arrays.copyOfRange(v, offset, Math.min(v.length, offset + READ_CHUNK));
  }

  /**
   * The whole value as a client would assemble it from Read and Read Blob requests.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param handle the attribute handle
   * @return the whole value
   * @throws AttErrorException INVALID_HANDLE, READ_NOT_PERMITTED, INSUFFICIENT_AUTHENTICATION or
   *     the attribute's configured read error
   */
  public byte[] readFull(AttSession session, int handle) throws AttErrorException {
    Attribute a = attribute(handle);
    checkRead(session, a);
    return valueOf(session, a);
  }

  /**
   * Write Request: checks handle, permission, authentication and length, then stores.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param handle the attribute handle
   * @param data the new value; a CCCD write sets this connection's CCCD instead
   * @throws AttErrorException INVALID_HANDLE, WRITE_NOT_PERMITTED, INSUFFICIENT_AUTHENTICATION or
   *     INVALID_ATTRIBUTE_VALUE_LENGTH; nothing is stored then
   */
  public void write(AttSession session, int handle, byte[] data) throws AttErrorException {
    Attribute a = attribute(handle);
    if (!a.permissions().writable()) {
      throw new AttErrorException(AttError.WRITE_NOT_PERMITTED, handle);
    }
    store(session, a, data);
  }

  /**
   * Write Command: applied when permitted, silently dropped otherwise (as the spec says).
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param handle the attribute handle
   * @param data the new value
   * @return true if the value was stored, false if the command was dropped
   */
  public boolean writeCommand(AttSession session, int handle, byte[] data) {
    try {
      Attribute a = attribute(handle);
      if (!a.permissions().writableWithoutResponse()) {
        return false;
      }
      store(session, a, data);
      return true;
    } catch (AttErrorException e) {
      return false;
    }
  }

  /**
   * Prepare Write: checks handle, permission and authentication and queues the part.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param handle the attribute handle
   * @param offset where in the value this part goes
   * @param data the part of the value; copied
   * @throws AttErrorException INVALID_HANDLE, WRITE_NOT_PERMITTED, INSUFFICIENT_AUTHENTICATION or
   *     PREPARE_QUEUE_FULL
   */
  public void prepareWrite(AttSession session, int handle, int offset, byte[] data)
      throws AttErrorException {
    Attribute a = attribute(handle);
    if (!a.permissions().writable()) {
      throw new AttErrorException(AttError.WRITE_NOT_PERMITTED, handle);
    }
    checkAuth(session, a);
    if (!session.enqueue(new AttSession.PreparedWrite(handle, offset, data.clone()))) {
      throw new AttErrorException(AttError.PREPARE_QUEUE_FULL, handle);
    }
  }

  /**
   * Execute Write: with {@code commit} assembles each handle's parts over its current value and
   * stores them all, or none if one part is invalid; without it, discards the queue.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param commit true to store the queued parts, false to discard them
   * @throws AttErrorException INVALID_HANDLE, INVALID_OFFSET, INVALID_ATTRIBUTE_VALUE_LENGTH or
   *     INSUFFICIENT_AUTHENTICATION; the queue is emptied either way
   */
  public void executeWrite(AttSession session, boolean commit) throws AttErrorException {
    List<AttSession.PreparedWrite> parts = session.drainQueue();
    if (!commit) {
      return;
    }
    Map<Integer, byte[]> values = new LinkedHashMap<>();
    for (AttSession.PreparedWrite p : parts) {
      Attribute a = attribute(p.handle());
      byte[] cur = values.computeIfAbsent(p.handle(), h -> valueOf(session, a));
      if (p.offset() > cur.length) {
        throw new AttErrorException(AttError.INVALID_OFFSET, p.handle());
      }
      int len = Math.max(cur.length, p.offset() + p.data().length);
      if (len > a.permissions().maxLength()) {
        throw new AttErrorException(AttError.INVALID_ATTRIBUTE_VALUE_LENGTH, p.handle());
      }
      byte[] merged = Arrays.copyOf(cur, len);
      System.arraycopy(p.data(), 0, merged, p.offset(), p.data().length);
      values.put(p.handle(), merged);
    }
    for (Map.Entry<Integer, byte[]> e : values.entrySet()) {
      Attribute a = attribute(e.getKey());
      checkLength(a, e.getValue());
    }
    for (Map.Entry<Integer, byte[]> e : values.entrySet()) {
      store(session, attribute(e.getKey()), e.getValue());
    }
  }

  /**
   * Whether this connection enabled notifications (CCCD bit 0) for a value handle.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param valueHandle the handle of a characteristic value
   * @return true if the characteristic has a CCCD and this connection set its notification bit
   */
  public boolean notifying(AttSession session, int valueHandle) {
    return db.cccdOf(valueHandle).map(c -> (session.cccdValue(c) & 1) != 0).orElse(false);
  }

  /**
   * Whether this connection enabled indications (CCCD bit 1) for a value handle.
   *
   * @param session the requesting connection's state: its CCCD values, authentication and write
   *     queue
   * @param valueHandle the handle of a characteristic value
   * @return true if the characteristic has a CCCD and this connection set its indication bit
   */
  public boolean indicating(AttSession session, int valueHandle) {
    return db.cccdOf(valueHandle).map(c -> (session.cccdValue(c) & 2) != 0).orElse(false);
  }

  private void store(AttSession session, Attribute a, byte[] data) throws AttErrorException {
    checkAuth(session, a);
    checkLength(a, data);
    if (a.type().equals(AttTypes.CCCD)) {
      session.setCccd(a.handle(), (data[0] & 0xFF) | (data[1] & 0xFF) << 8);
    } else {
      a.setValue(data);
    }
  }

  private static void checkLength(Attribute a, byte[] data) throws AttErrorException {
    if (data.length < a.permissions().minLength() || data.length > a.permissions().maxLength()) {
      throw new AttErrorException(AttError.INVALID_ATTRIBUTE_VALUE_LENGTH, a.handle());
    }
  }

  private static void checkRead(AttSession session, Attribute a) throws AttErrorException {
    if (!a.permissions().readable()) {
      throw new AttErrorException(AttError.READ_NOT_PERMITTED, a.handle());
    }
    checkAuth(session, a);
    if (a.readError() != 0) {
      throw new AttErrorException(a.readError(), a.handle());
    }
  }

  private static void checkAuth(AttSession session, Attribute a) throws AttErrorException {
    if (a.permissions().authenticationRequired() && !session.authenticated()) {
      throw new AttErrorException(AttError.INSUFFICIENT_AUTHENTICATION, a.handle());
    }
  }

  private byte[] valueOf(AttSession session, Attribute a) {
    if (a.type().equals(AttTypes.CCCD)) {
      int v = session.cccdValue(a.handle());
      return new byte[] {(byte) v, (byte) (v >>> 8)};
    }
    if (a.type().equals(DatabaseHash.TYPE)) {
      byte[] h = hash;
      if (h == null) {
        h = DatabaseHash.of(db);
        hash = h;
      }
      return h.clone();
    }
    return a.value();
  }

  private Attribute attribute(int handle) throws AttErrorException {
    if (handle <= 0 || handle > 0xFFFF) {
      throw new AttErrorException(AttError.INVALID_HANDLE, handle & 0xFFFF);
    }
    return db.get(handle).orElseThrow(() -> new AttErrorException(AttError.INVALID_HANDLE, handle));
  }

  private static void checkRange(int start, int end) throws AttErrorException {
    if (start <= 0 || start > end || end > 0xFFFF) {
      throw new AttErrorException(AttError.INVALID_HANDLE, start & 0xFFFF);
    }
  }

  /**
   * The UUID of a service group in wire order, for callers that encode it.
   *
   * @param uuid the UUID
   * @return 2 bytes for a 16-bit SIG UUID, else 16 bytes, least significant byte first
   */
  public static byte[] wireUuid(UUID uuid) {
    return Uuids.toLittleEndian(uuid);
  }
}
