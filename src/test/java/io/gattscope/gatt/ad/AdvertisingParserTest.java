package io.gattscope.gatt.ad;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdvertisingParserTest {
  private static AdvertisingData parse(String hex) {
    return AdvertisingParser.parse(Hex.parse(hex));
  }

  @Test
  void flagsNameEveryBit() {
    AdvertisingData ad = parse("02 01 06");
    assertThat(ad.summaries())
        .containsExactly("Flags: LE General Discoverable, BR/EDR Not Supported");
    assertThat(ad.flags().orElseThrow().discoverable()).isTrue();
    // the flags field may have more than one octet; later octets are reserved bits
    assertThat(parse("03 01 06 01").summaries())
        .containsExactly("Flags: LE General Discoverable, BR/EDR Not Supported, Reserved bit 8");
    assertThat(parse("01 01").summaries()).containsExactly("Flags: none");
    assertThat(parse("02 01 1D").summaries().get(0))
        .isEqualTo(
            "Flags: LE Limited Discoverable, BR/EDR Not Supported, Simultaneous LE and BR/EDR"
                + " (Controller), Simultaneous LE and BR/EDR (Host)");
  }

  @Test
  void serviceUuidListsOfAllSizes() {
    AdvertisingData ad =
        parse(
            "05 03 0D 18 0F 18"
                + " 05 05 78 56 34 12"
                + " 11 06 9E CA DC 24 0E E5 A9 E0 93 F3 A3 B5 01 00 40 6E"
                + " 03 02 0A 18 05 04 01 00 00 00"
                + " 11 07 9E CA DC 24 0E E5 A9 E0 93 F3 A3 B5 02 00 40 6E");
    assertThat(ad.serviceUuids())
        .containsExactly(
            Uuids.fromShort(0x180D),
            Uuids.fromShort(0x180F),
            Uuids.fromShort(0x12345678L),
            UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e"),
            Uuids.fromShort(0x180A),
            Uuids.fromShort(0x00000001L),
            UUID.fromString("6e400002-b5a3-f393-e0a9-e50e24dcca9e"));
    assertThat(ad.summaries().get(0))
        .isEqualTo(
            "Complete List of 16-bit Service UUIDs: Heart Rate (0x180D), Battery Service"
                + " (0x180F)");
    assertThat(ad.summaries().get(2))
        .isEqualTo(
            "Incomplete List of 128-bit Service UUIDs: Nordic UART Service"
                + " (6e400001-b5a3-f393-e0a9-e50e24dcca9e)");
    assertThat(ad.ofType(ServiceUuids.class).get(0).complete()).isTrue();
    assertThat(ad.ofType(ServiceUuids.class).get(2).complete()).isFalse();
  }

  @Test
  void solicitationListsAreKeptApart() {
    AdvertisingData ad =
        parse(
            "03 14 0D 18 05 1F 44 33 22 11"
                + " 11 15 9E CA DC 24 0E E5 A9 E0 93 F3 A3 B5 01 00 40 6E");
    assertThat(ad.serviceUuids()).isEmpty();
    assertThat(ad.ofType(ServiceUuids.class)).allMatch(ServiceUuids::solicitation);
    assertThat(ad.summaries().get(0))
        .isEqualTo("List of 16-bit Service Solicitation UUIDs: Heart Rate (0x180D)");
    assertThat(ad.ofType(ServiceUuids.class).get(1).uuids())
        .containsExactly(Uuids.fromShort(0x11223344L));
  }

  @Test
  void namesPowerAppearanceIntervalRole() {
    AdvertisingData ad =
        parse(
            "04 08 48 65 6C 06 09 48 65 6C 6C 6F 02 0A F4 03 19 C1 00 05 12 06 00 80 0C 02 1C 02");
    assertThat(ad.localName()).contains("Hello");
    assertThat(ad.txPower()).contains(-12);
    assertThat(ad.summaries())
        .containsExactly(
            "Shortened local name: Hel",
            "Complete local name: Hello",
            "TX power: -12 dBm",
            "Appearance: Watch: Sports Watch (0x00C1)",
            "Peripheral connection interval range: 7.50 ms to 4000.00 ms",
            "LE role: Peripheral and Central Role supported, Peripheral preferred");
  }

  @Test
  void serviceDataOfAllSizes() {
    AdvertisingData ad =
        parse(
            "04 16 0F 18 64 07 20 78 56 34 12 AA BB"
                + " 12 21 9E CA DC 24 0E E5 A9 E0 93 F3 A3 B5 01 00 40 6E 01");
    assertThat(ad.serviceData()).hasSize(3);
    assertThat(ad.serviceData().get(0).uuid()).isEqualTo(Uuids.fromShort(0x180F));
    assertThat(ad.serviceData().get(0).data()).containsExactly(0x64);
    assertThat(ad.summaries().get(0)).isEqualTo("Service data: Battery Service (0x180F) 64");
    assertThat(ad.serviceData().get(1).uuid()).isEqualTo(Uuids.fromShort(0x12345678L));
    assertThat(ad.serviceData().get(2).data()).containsExactly(0x01);
  }

  @Test
  void manufacturerDataRepeatsAreKept() {
    AdvertisingData ad = parse("05 FF 59 00 01 02 04 FF 59 00 03");
    assertThat(ad.manufacturerData()).hasSize(2);
    assertThat(ad.summaries())
        .containsExactly(
            "Manufacturer data: Nordic Semiconductor ASA (0x0059) 01 02",
            "Manufacturer data: Nordic Semiconductor ASA (0x0059) 03");
  }

  @Test
  void uriWithSchemeCode() {
    // 0x17 = "https:"
    AdvertisingData ad = parse("0F 24 17 2F 2F 65 78 61 6D 70 6C 65 2E 63 6F 6D");
    assertThat(ad.ofType(Uri.class).get(0).uri()).isEqualTo("https://example.com");
    assertThat(ad.summaries()).containsExactly("URI: https://example.com");
    // 0x01 = scheme written out
    assertThat(parse("06 24 01 61 3A 62 63").ofType(Uri.class).get(0).uri()).isEqualTo("a:bc");
    // a two-byte UTF-8 code point U+0080 selects entry 0x80
    assertThat(UriSchemes.scheme(0x16)).contains("http:");
    assertThat(UriSchemes.codeFor("https:")).isEqualTo(0x17);
  }

  @Test
  void unknownTypesAreKeptRaw() {
    AdvertisingData ad = parse("03 99 AB CD 03 1A A0 00");
    assertThat(ad.structures()).allMatch(RawAdStructure.class::isInstance);
    assertThat(ad.summaries())
        .containsExactly("Unknown AD type 0x99: AB CD", "Advertising Interval: A0 00");
  }

  @Test
  void lengthPastTheEndKeepsWhatParsed() {
    AdvertisingData ad = parse("02 01 06 09 09 41 42");
    assertThat(ad.flags()).isPresent();
    assertThat(ad.malformed()).isTrue();
    Malformed m = ad.ofType(Malformed.class).get(0);
    assertThat(m.offset()).isEqualTo(3);
    assertThat(m.summary())
        .isEqualTo(
            "Malformed at offset 3: length 9 runs past the end of the data (3 bytes left)"
                + " [09 09 41 42]");
  }

  @Test
  void badContentIsMarkedAndParsingGoesOn() {
    AdvertisingData ad = parse("03 0A F4 00 04 03 0D 18 0F 02 0A F4");
    assertThat(ad.summaries())
        .containsExactly(
            "TX Power Level malformed at offset 0: expected 1 data byte, got 2 [F4 00]",
            "Complete List of 16-bit Service UUIDs: Heart Rate (0x180D)",
            "Complete List of 16-bit Service UUIDs malformed at offset 8: 1 bytes left over,"
                + " not a whole 16-bit UUID [0F]",
            "TX power: -12 dBm");
  }

  @Test
  void zeroLengthEndsTheData() {
    assertThat(parse("02 01 06 00 00 00").structures()).hasSize(1);
    assertThat(parse("02 01 06 00 05").ofType(Malformed.class)).hasSize(1);
    assertThat(AdvertisingParser.parse(new byte[0]).structures()).isEmpty();
    assertThat(AdvertisingParser.parse(null).structures()).isEmpty();
  }

  @Test
  void sameBytesGiveEqualData() {
    String hex = "02 01 06 05 FF 59 00 01 02 04 16 0F 18 64 03 99 AB CD 09 09 41";
    assertThat(parse(hex)).isEqualTo(parse(hex));
    assertThat(parse(hex).hashCode()).isEqualTo(parse(hex).hashCode());
    assertThat(parse("05 FF 59 00 01 02")).isNotEqualTo(parse("05 FF 59 00 01 03"));
  }
}
