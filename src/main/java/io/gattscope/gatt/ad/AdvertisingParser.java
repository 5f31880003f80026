package io.gattscope.gatt.ad;

import io.gattscope.ble.Uuids;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Parses advertising and scan-response data (a sequence of length-type-data AD structures) without
 * ever throwing: bad bytes become a {@link Malformed} marker after whatever parsed.
 */
public final class AdvertisingParser {
  private AdvertisingParser() {}

  /**
   * Parses the AD structures in {@code data}; {@code null} is treated as no data.
   *
   * @param data the raw advertising or scan-response bytes (up to 31 bytes for legacy advertising,
   *     more for extended); may be {@code null}
   * @return the structures in the order they appear, ending with a {@link Malformed} marker if the
   *     data was cut short or had bytes after the zero-length terminator; never {@code null}
   */
  public static AdvertisingData parse(byte[] data) {
    List<AdStructure> out = new ArrayList<>();
    if (data == null) {
      return new AdvertisingData(out);
    }
    int i = 0;
    while (i < data.length) {
      int len = data[i] & 0xFF;
      if (len == 0) {
        // Early termination: the rest is padding. Non-zero padding is worth showing.
        if (!allZero(data, i + 1)) {
          out.add(
              new Malformed(
                  i,
                  -1,
                  "zero length ends the data but non-zero bytes follow",
                  Arrays.copyOfRange(data, i + 1, data.length)));
        }
        break;
      }
      if (i + 1 + len > data.length) {
        out.add(
            new Malformed(
                i,
                -1,
                "length "
                    + len
                    + " runs past the end of the data ("
                    + (data.length - i - 1)
                    + " bytes left)",
                Arrays.copyOfRange(data, i, data.length)));
        break;
      }
      int type = data[i + 1] & 0xFF;
      byte[] body = Arrays.copyOfRange(data, i + 2, i + 1 + len);
      decode(type, body, i, out);
      i += 1 + len;
    }
    return new AdvertisingData(out);
  }

  private static void decode(int type, byte[] d, int offset, List<AdStructure> out) {
    switch (type) {
      case AdType.FLAGS -> flags(d, offset, out);
      case AdType.INCOMPLETE_UUID16,
          AdType.COMPLETE_UUID16,
          AdType.INCOMPLETE_UUID32,
          AdType.COMPLETE_UUID32,
          AdType.INCOMPLETE_UUID128,
          AdType.COMPLETE_UUID128,
          AdType.SOLICITATION_UUID16,
          AdType.SOLICITATION_UUID32,
          AdType.SOLICITATION_UUID128 ->
          uuidList(type, d, offset, out);
      case AdType.SHORT_LOCAL_NAME, AdType.COMPLETE_LOCAL_NAME ->
          out.add(new LocalName(utf8(d), type == AdType.COMPLETE_LOCAL_NAME));
      case AdType.TX_POWER -> fixed(type, d, offset, 1, out, () -> new TxPower(d[0]));
      case AdType.APPEARANCE ->
          fixed(type, d, offset, 2, out, () -> new Appearance(Names.u16(d, 0)));
      case AdType.CONNECTION_INTERVAL_RANGE ->
          fixed(
              type,
              d,
              offset,
              4,
              out,
              () -> new ConnectionIntervalRange(Names.u16(d, 0), Names.u16(d, 2)));
      case AdType.LE_ROLE -> fixed(type, d, offset, 1, out, () -> new LeRole(d[0] & 0xFF));
      case AdType.SERVICE_DATA_UUID16 -> serviceData(type, d, offset, 2, out);
      case AdType.SERVICE_DATA_UUID32 -> serviceData(type, d, offset, 4, out);
      case AdType.SERVICE_DATA_UUID128 -> serviceData(type, d, offset, 16, out);
      case AdType.URI -> uri(d, offset, out);
      case AdType.MANUFACTURER_DATA -> {
        if (d.length < 2) {
          out.add(new Malformed(offset, type, "needs a 2-byte company identifier", d));
        } else {
          out.add(ManufacturerData.of(Names.u16(d, 0), Arrays.copyOfRange(d, 2, d.length)));
        }
      }
      default -> out.add(new RawAdStructure(type, d));
    }
  }

  private static void fixed(
      int type, byte[] d, int offset, int size, List<AdStructure> out, Supplier<AdStructure> make) {
    if (d.length != size) {
      out.add(
          new Malformed(
              offset,
              type,
              "expected " + size + " data byte" + (size == 1 ? "" : "s") + ", got " + d.length,
              d));
    } else {
      out.add(make.get());
    }
  }

  private static void flags(byte[] d, int offset, List<AdStructure> out) {
    if (d.length > 8) {
      out.add(new Malformed(offset, AdType.FLAGS, "more than 8 flag bytes", d));
      return;
    }
    long flags = 0;
    for (int i = d.length - 1; i >= 0; i--) {
      flags = flags << 8 | (d[i] & 0xFF);
    }
    out.add(new Flags(flags));
  }

  private static void uuidList(int type, byte[] d, int offset, List<AdStructure> out) {
    int size = ServiceUuids.uuidSize(type);
    List<UUID> uuids = new ArrayList<>();
    int n = d.length / size;
    for (int k = 0; k < n; k++) {
      uuids.add(Uuids.fromLittleEndian(d, k * size, size));
    }
    out.add(new ServiceUuids(type, uuids));
    if (d.length % size != 0) {
      out.add(
          new Malformed(
              offset + 2 + n * size,
              type,
              d.length % size + " bytes left over, not a whole " + size * 8 + "-bit UUID",
              Arrays.copyOfRange(d, n * size, d.length)));
    }
  }

  private static void serviceData(int type, byte[] d, int offset, int size, List<AdStructure> out) {
    if (d.length < size) {
      out.add(
          new Malformed(
              offset, type, "needs a " + size * 8 + "-bit UUID, got " + d.length + " bytes", d));
      return;
    }
    out.add(
        ServiceData.of(
            type, Uuids.fromLittleEndian(d, 0, size), Arrays.copyOfRange(d, size, d.length)));
  }

  private static void uri(byte[] d, int offset, List<AdStructure> out) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(d)).toString();
    } catch (CharacterCodingException e) {
      out.add(new Malformed(offset, AdType.URI, "not valid UTF-8", d));
      return;
    }
    if (text.isEmpty()) {
      out.add(new Malformed(offset, AdType.URI, "empty URI", d));
      return;
    }
    int code = text.codePointAt(0);
    String rest = text.substring(Character.charCount(code));
    if (code == 0x01) {
      out.add(new Uri(rest));
      return;
    }
    UriSchemes.scheme(code)
        .ifPresentOrElse(
            s -> out.add(new Uri(s + rest)),
            () ->
                out.add(
                    new Malformed(
                        offset,
                        AdType.URI,
                        "unknown URI scheme code U+" + Integer.toHexString(code).toUpperCase(),
                        d)));
  }

  private static String utf8(byte[] d) {
    return new String(d, StandardCharsets.UTF_8);
  }

  private static boolean allZero(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
