package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Apple's manufacturer data (company 0x004C): a sequence of continuity messages, each a type byte,
 * a length byte and that many bytes.
 *
 * @param messages the messages in order
 * @param trailing bytes after the last complete message (a message cut short), else empty
 */
public record AppleContinuity(List<Message> messages, byte[] trailing) implements DecodedPayload {

  /** Apple's company identifier. */
  public static final int COMPANY_ID = 0x004C;

  /**
   * One continuity message.
   *
   * @param type the message type (0 to 255), e.g. 0x10 Nearby Info
   * @param data the message body
   * @param iBeacon the decoded iBeacon when the type is 0x02
   */
  public record Message(int type, byte[] data, Optional<IBeacon> iBeacon) {
    /**
     * The message type's name, e.g. {@code "Handoff"}.
     *
     * @return the Apple name of the type, or {@code "Type 0xNN"} if not known
     */
    public String name() {
      return typeName(type);
    }

    /**
     * E.g. {@code "Handoff 01 02 03"} or the iBeacon summary.
     *
     * @return the message's name and its body in hex, or the iBeacon's summary for an iBeacon
     *     message
     */
    public String summary() {
      return iBeacon
          .map(IBeacon::summary)
          .orElse(name() + (data.length == 0 ? "" : " " + Hex.format(data)));
    }
  }

  /**
   * The name of a continuity message type.
   *
   * @param type the continuity message type byte, 0 to 255
   * @return the name, e.g. {@code "Nearby Info"}, or {@code "Type 0xNN"} for a type not listed
   */
  public static String typeName(int type) {
    return switch (type) {
      case 0x01 -> "Observed";
      case 0x02 -> "iBeacon";
      case 0x03 -> "AirPrint";
      case 0x05 -> "AirDrop";
      case 0x06 -> "HomeKit";
      case 0x07 -> "AirPods (Proximity Pairing)";
      case 0x08 -> "Hey Siri";
      case 0x09 -> "AirPlay Target";
      case 0x0A -> "AirPlay Source";
      case 0x0B -> "Magic Switch";
      case 0x0C -> "Handoff";
      case 0x0D -> "Tethering Target Presence";
      case 0x0E -> "Tethering Source Presence";
      case 0x0F -> "Nearby Action";
      case 0x10 -> "Nearby Info";
      case 0x12 -> "Find My";
      default -> String.format(Locale.ROOT, "Type 0x%02X", type);
    };
  }

  /** Splits Apple manufacturer data (after the company id) into messages. */
  static AppleContinuity decode(byte[] d) {
    List<Message> out = new ArrayList<>();
    int i = 0;
    while (i + 2 <= d.length) {
      int type = d[i] & 0xFF;
      int len = d[i + 1] & 0xFF;
      if (i + 2 + len > d.length) {
        break;
      }
      byte[] body = Arrays.copyOfRange(d, i + 2, i + 2 + len);
      Optional<IBeacon> beacon =
          type == 0x02 ? IBeacon.decode(body, 0, body.length) : Optional.empty();
      out.add(new Message(type, body, beacon));
      i += 2 + len;
    }
    return new AppleContinuity(out, Arrays.copyOfRange(d, i, d.length));
  }

  /**
   * Copies the list.
   *
   * @param messages the messages in order; not {@code null}
   * @param trailing bytes after the last complete message, else empty; not {@code null}
   */
  public AppleContinuity {
    messages = List.copyOf(messages);
  }

  /**
   * The iBeacon among the messages, if any.
   *
   * @return the first iBeacon message's decoded content, or empty
   */
  public Optional<IBeacon> iBeacon() {
    return messages.stream().flatMap(m -> m.iBeacon().stream()).findFirst();
  }

  @Override
  public String summary() {
    String s = messages.stream().map(Message::summary).collect(Collectors.joining("; "));
    if (trailing.length > 0) {
      s += (s.isEmpty() ? "" : "; ") + "truncated message " + Hex.format(trailing);
    }
    return s;
  }
}
