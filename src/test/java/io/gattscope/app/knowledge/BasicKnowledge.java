package io.gattscope.app.knowledge;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Knowledge without any name tables: hex and UTF-8 values, AD structures shown raw. */
public class BasicKnowledge implements GattKnowledge {

  @Override
  public Optional<String> serviceName(UUID uuid) {
    return Optional.empty();
  }

  @Override
  public Optional<String> characteristicName(UUID uuid) {
    return Optional.empty();
  }

  @Override
  public Optional<String> descriptorName(UUID uuid) {
    return Optional.empty();
  }

  @Override
  public List<AdStructure> advertising(byte[] payload) {
    List<AdStructure> out = new ArrayList<>();
    int i = 0;
    while (i < payload.length) {
      int len = payload[i] & 0xFF;
      if (len == 0 || i + 1 + len > payload.length) {
        break;
      }
      int type = payload[i + 1] & 0xFF;
      byte[] body = Arrays.copyOfRange(payload, i + 2, i + 1 + len);
      out.add(
          new AdStructure(
              type,
              String.format(Locale.ROOT, "AD type 0x%02X", type),
              Hex.format(body),
              Arrays.copyOfRange(payload, i, i + 1 + len)));
      i += 1 + len;
    }
    return out;
  }

  @Override
  public Optional<String> company(byte[] payload) {
    return advertising(payload).stream()
        .filter(s -> s.type() == 0xFF && s.raw().length >= 4)
        .findFirst()
        .map(
            s ->
                String.format(
                    Locale.ROOT, "0x%04X", (s.raw()[2] & 0xFF) | (s.raw()[3] & 0xFF) << 8));
  }

  @Override
  public List<String> advertisedServices(byte[] payload) {
    List<String> out = new ArrayList<>();
    for (AdStructure s : advertising(payload)) {
      int width =
          switch (s.type()) {
            case 0x02, 0x03 -> 2;
            case 0x04, 0x05 -> 4;
            case 0x06, 0x07 -> 16;
            default -> 0;
          };
      for (int p = 2; width > 0 && p + width <= s.raw().length; p += width) {
        out.add(Uuids.format(Uuids.fromLittleEndian(s.raw(), p, width)));
      }
    }
    return out;
  }

  @Override
  public List<String> formats() {
    return List.of("hex", "utf8");
  }

  @Override
  public boolean hasDecoder(UUID characteristic) {
    return false;
  }

  @Override
  public String formatPresentation(byte[] presentationFormat, byte[] value) {
    return Hex.format(value);
  }

  @Override
  public String format(String format, byte[] value) {
    return "utf8".equals(format) ? new String(value, StandardCharsets.UTF_8) : Hex.format(value);
  }

  @Override
  public byte[] parse(String format, String text) {
    if ("utf8".equals(format)) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    String digits = text.replaceAll("[\\s:,-]", "");
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "'" + digits.charAt(i) + "' is not a hex digit (position " + (i + 1) + ")");
      }
    }
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "odd number of hex digits (" + digits.length() + "): each byte needs two");
    }
    byte[] out = new byte[digits.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  @Override
  public List<Field> decode(UUID characteristic, byte[] value) {
    return List.of();
  }
}
