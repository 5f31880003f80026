package io.gattscope.ble.bgapi;

import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ByteString;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.codec.MessageRegistry;
import io.gattscope.ble.bgapi.codec.UnknownMessage;
import io.gattscope.bytes.HexText;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a decoded BGAPI message as its reference name and fields, e.g. {@code
 * attclient_read_by_handle connection=0 chrhandle=0x0003}, for the traffic log.
 */
final class FrameText {

  /** Attribute handles and handle ranges of the attclient class, shown as 0x0003. */
  private static final Set<String> ATTRIBUTE_HANDLES =
      Set.of("chrhandle", "atthandle", "attrhandle", "start", "end");

  private FrameText() {}

  /** Bytes as upper-case hex pairs separated by spaces, e.g. {@code 3C 00}. */
  static String hex(byte[] bytes, int offset, int length) {
    return HexText.format(bytes, offset, length);
  }

  /** The message's name, "response" for responses, and every field as name=value. */
  static String describe(BgapiMessage m) {
    StringBuilder sb = new StringBuilder(64);
    if (m instanceof UnknownMessage u) {
      byte[] p = u.payload().toArray();
      return sb.append("unknown ")
          .append(u.key())
          .append(" payload=")
          .append(hex(p, 0, p.length))
          .toString();
    }
    sb.append(MessageRegistry.name(m.key()).orElseGet(() -> MessageNames.of(m)));
    if (m.key().kind() == MessageKind.RESPONSE) {
      sb.append(" response");
    }
    boolean attclient = m.key().classId() == AttclientMessages.CLASS_ID;
    RecordComponent[] components = m.getClass().getRecordComponents();
    if (components == null) {
      return sb.append(' ').append(m).toString();
    }
    for (RecordComponent c : components) {
      Object v;
      try {
        v = c.getAccessor().invoke(m);
      } catch (ReflectiveOperationException | RuntimeException e) {
        v = "?";
      }
      sb.append(' ').append(c.getName()).append('=');
      value(sb, c.getName(), v, attclient);
    }
    return sb.toString();
  }

  private static void value(StringBuilder sb, String field, Object v, boolean attclient) {
    if (v instanceof ByteString b) {
      byte[] bytes = b.toArray();
      sb.append(bytes.length == 0 ? "(empty)" : hex(bytes, 0, bytes.length));
    } else if (v instanceof Integer i && attclient && ATTRIBUTE_HANDLES.contains(field)) {
      sb.append(String.format(Locale.ROOT, "0x%04X", i));
    } else if (v instanceof Integer i && field.equals("result") && i != 0) {
      sb.append(String.format(Locale.ROOT, "0x%04X (%s)", i, BgapiErrors.name(i)));
    } else {
      sb.append(v);
    }
  }
}
