package io.gattscope.ble.bgapi;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.bgapi.codec.BgapiCodec;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.bgapi.codec.MalformedMessageException;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.codec.MessageRegistry;
import io.gattscope.ble.bgapi.codec.SmMessages;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logs every BGAPI frame at DEBUG on {@code io.gattscope.traffic.bgapi}, decoded and as raw hex,
 * with the device's address in the MDC key {@code device} when the frame belongs to a connection.
 * Callers check {@link #enabled()} first, so nothing is formatted while DEBUG is off.
 */
final class BgapiTraffic {
  static final Logger LOG = LoggerFactory.getLogger("io.gattscope.traffic.bgapi");
  static final String DEVICE_KEY = "device";

  private final Map<Integer, BgapiDevice> byHandle;

  BgapiTraffic(Map<Integer, BgapiDevice> byHandle) {
    this.byHandle = byHandle;
  }

  /** Whether frames are logged: the one check on the hot path. */
  static boolean enabled() {
    return LOG.isDebugEnabled();
  }

  /** Logs a command written to the dongle. */
  void sent(BgapiMessage command, byte[] frame) {
    log("→ ", command, FrameText.describe(command), frame, 0, frame.length);
  }

  /** Logs a response or event read from the dongle (payload without its header). */
  void received(MessageKind kind, int classId, int messageId, byte[] payload) {
    byte[] frame = new byte[BgapiCodec.HEADER_LENGTH + payload.length];
    frame[0] = (byte) BgapiCodec.headerByte0(kind, payload.length);
    frame[1] = (byte) payload.length;
    frame[2] = (byte) classId;
    frame[3] = (byte) messageId;
    System.arraycopy(payload, 0, frame, BgapiCodec.HEADER_LENGTH, payload.length);
    BgapiMessage m;
    try {
      m = MessageRegistry.decode(kind, classId, messageId, payload);
    } catch (MalformedMessageException e) {
      log(
          "← ",
          null,
          "malformed " + kind + " (" + classId + "," + messageId + ")",
          frame,
          0,
          frame.length);
      return;
    }
    log("← ", m, FrameText.describe(m), frame, 0, frame.length);
  }

  private void log(String arrow, BgapiMessage m, String text, byte[] frame, int off, int len) {
    BleAddress device = m == null ? null : deviceOf(m);
    if (device == null) {
      LOG.debug("{}{} [{}]", arrow, text, FrameText.hex(frame, off, len));
      return;
    }
    String previous = MDC.get(DEVICE_KEY);
    MDC.put(DEVICE_KEY, device.toString());
    try {
      LOG.debug("{}{} [{}]", arrow, text, FrameText.hex(frame, off, len));
    } finally {
      if (previous == null) {
        MDC.remove(DEVICE_KEY);
      } else {
        MDC.put(DEVICE_KEY, previous);
      }
    }
  }

  /** The device a frame belongs to: named in it, or found by its connection handle. */
  private BleAddress deviceOf(BgapiMessage m) {
    if (m instanceof GapMessages.ConnectDirect c) {
      return c.address();
    }
    if (m instanceof ConnectionMessages.StatusEvent s) {
      return s.address();
    }
    int connection = connectionOf(m);
    if (connection < 0) {
      return null;
    }
    BgapiDevice d = byHandle.get(connection);
    return d == null ? null : d.address();
  }

  /** The connection handle a message carries, or -1 for adapter-level messages. */
  private static int connectionOf(BgapiMessage m) {
    RecordComponent[] components = m.getClass().getRecordComponents();
    if (components == null) {
      return -1;
    }
    boolean sm =
        m.key().classId() == SmMessages.CLASS_ID && !(m instanceof SmMessages.DeleteBonding);
    for (RecordComponent c : components) {
      String name = c.getName();
      if (name.equals("connection")
          || name.equals("connectionHandle")
          || sm && name.equals("handle")) {
        try {
          return ((Number) c.getAccessor().invoke(m)).intValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
          return -1;
        }
      }
    }
    return -1;
  }
}
