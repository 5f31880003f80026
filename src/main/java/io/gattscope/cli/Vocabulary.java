package io.gattscope.cli;

import io.gattscope.ble.ScanResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam to the GATT knowledge the commands print: SIG names, advertising-data summaries and
 * value formats.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** What a scan shows about a device's advertising data. */
  record AdInfo(Optional<String> company, List<String> services, String summary) {}

  /** Converts between bytes and the text of one value format. */
  interface ValueCodec {
    String name();

    String format(byte[] value);

    byte[] parse(String text);
  }

  static Optional<String> serviceName(UUID uuid) {
    return Optional.empty();
  }

  static Optional<String> characteristicName(UUID uuid) {
    return Optional.empty();
  }

  static Optional<String> descriptorName(UUID uuid) {
    return Optional.empty();
  }

  static AdInfo describe(ScanResult result) {
    return new AdInfo(Optional.empty(), List.of(), "");
  }

  /** The names {@code --format} accepts. */
  static List<String> formatNames() {
    return List.of("hex");
  }

  /**
   * The codec of a format name.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  static ValueCodec codec(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    if (key.equals("hex")) {
      return new HexCodec();
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "': known formats are " + formatNames());
  }

  private record HexCodec() implements ValueCodec {
    @Override
    public String name() {
      return "hex";
    }

    @Override
    public String format(byte[] value) {
      StringBuilder sb = new StringBuilder();
      for (byte b : value) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
      }
      return sb.toString();
    }

    @Override
    public byte[] parse(String text) {
      String s = text.replace(" ", "").replace(":", "");
      if (s.startsWith("0x") || s.startsWith("0X")) {
        s = s.substring(2);
      }
      if (s.length() % 2 != 0) {
        throw new IllegalArgumentException(
            "'" + text + "' is not hex: it has an odd number of digits");
      }
      byte[] out = new byte[s.length() / 2];
      for (int i = 0; i < s.length(); i++) {
        if (Character.digit(s.charAt(i), 16) < 0) {
          throw new IllegalArgumentException(
              "'" + text + "' is not hex: '" + s.charAt(i) + "' is not a hex digit");
        }
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
      }
      return out;
    }
  }
}
