package io.gattscope.gatt.ad;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.gatt.format.Hex;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BeaconTest {
  private static AdvertisingData parse(String hex) {
    return AdvertisingParser.parse(Hex.parse(hex));
  }

  @Test
  void iBeacon() {
    AdvertisingData ad =
        parse(
            "02 01 06 1A FF 4C 00 02 15 E2 C5 6D B5 DF FB 48 D2 B0 60 D0 F5 A7 10 96 E0"
                + " 00 01 00 02 C5");
    IBeacon b = ad.iBeacon().orElseThrow();
    assertThat(b.uuid()).isEqualTo(UUID.fromString("e2c56db5-dffb-48d2-b060-d0f5a71096e0"));
    assertThat(b.major()).isEqualTo(1);
    assertThat(b.minor()).isEqualTo(2);
    assertThat(b.measuredPower()).isEqualTo(-59);
    assertThat(ad.summaries().get(1))
        .isEqualTo(
            "Manufacturer data: Apple, Inc. (0x004C) iBeacon: UUID"
                + " e2c56db5-dffb-48d2-b060-d0f5a71096e0, major 1, minor 2, measured power -59 dBm");
  }

  @Test
  void appleContinuityMessagesByName() {
    AdvertisingData ad = parse("10 FF 4C 00 0C 02 01 02 10 05 01 18 44 55 66 09 01");
    AppleContinuity c = (AppleContinuity) ad.manufacturerData().get(0).decoded().orElseThrow();
    assertThat(c.messages())
        .extracting(AppleContinuity.Message::name)
        .containsExactly("Handoff", "Nearby Info");
    assertThat(c.trailing()).containsExactly(0x09, 0x01);
    assertThat(ad.summaries().get(0))
        .isEqualTo(
            "Manufacturer data: Apple, Inc. (0x004C) Handoff 01 02; Nearby Info 01 18 44 55 66;"
                + " truncated message 09 01");
    assertThat(AppleContinuity.typeName(0x05)).isEqualTo("AirDrop");
    assertThat(AppleContinuity.typeName(0x07)).isEqualTo("AirPods (Proximity Pairing)");
    assertThat(AppleContinuity.typeName(0x09)).isEqualTo("AirPlay Target");
    assertThat(AppleContinuity.typeName(0x42)).isEqualTo("Type 0x42");
  }

  @Test
  void microsoftSwiftPairAndCdp() {
    AdvertisingData ad = parse("0A FF 06 00 03 00 80 4D 79 4B 62 08 FF 06 00 01 09 20 00 AA");
    assertThat(ad.summaries())
        .containsExactly(
            "Manufacturer data: Microsoft (0x0006) Microsoft Swift Pair: pair over LE, name"
                + " \"MyKb\"",
            "Manufacturer data: Microsoft (0x0006) Microsoft Connected Devices Platform: device"
                + " type Windows 10 Desktop");
  }

  @Test
  void eddystoneUid() {
    AdvertisingData ad =
        parse(
            "03 03 AA FE 17 16 AA FE 00 E7 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10 00 00");
    Eddystone.Uid uid = (Eddystone.Uid) ad.eddystone().get(0);
    assertThat(uid.namespace()).isEqualTo("0102030405060708090A");
    assertThat(uid.instance()).isEqualTo("0B0C0D0E0F10");
    assertThat(uid.txPower()).isEqualTo(-25);
    assertThat(ad.summaries().get(1))
        .isEqualTo(
            "Service data: Eddystone (0xFEAA) Eddystone UID: namespace 0102030405060708090A,"
                + " instance 0B0C0D0E0F10, TX power at 0 m -25 dBm");
  }

  @Test
  void eddystoneUrlExpandsCodes() {
    // https:// + "example" + ".com/" + "x"
    AdvertisingData ad = parse("0F 16 AA FE 10 EC 03 65 78 61 6D 70 6C 65 00 78");
    Eddystone.Url url = (Eddystone.Url) ad.eddystone().get(0);
    assertThat(url.url()).isEqualTo("https://example.com/x");
    assertThat(url.txPower()).isEqualTo(-20);
    assertThat(parse("08 16 AA FE 10 00 00 61 07").eddystone().get(0).summary())
        .isEqualTo("Eddystone URL: http://www.a.com, TX power at 0 m 0 dBm");
  }

  @Test
  void eddystoneTlm() {
    AdvertisingData ad = parse("11 16 AA FE 20 00 0B B8 18 80 00 00 01 00 00 00 0E 10");
    Eddystone.Tlm tlm = (Eddystone.Tlm) ad.eddystone().get(0);
    assertThat(tlm.batteryMillivolts()).isEqualTo(3000);
    assertThat(tlm.temperature()).isEqualTo(24.5);
    assertThat(tlm.advertisingCount()).isEqualTo(256);
    assertThat(tlm.uptimeTenths()).isEqualTo(3600);
    assertThat(tlm.summary())
        .isEqualTo(
            "Eddystone TLM: battery 3000 mV, temperature 24.50 °C, 256 advertisements, uptime"
                + " 360.0 s");
    Eddystone.Tlm cold =
        (Eddystone.Tlm)
            parse("11 16 AA FE 20 00 00 00 FF 80 00 00 00 00 00 00 00 00").eddystone().get(0);
    assertThat(cold.temperature()).isEqualTo(-0.5);
    Eddystone.Tlm none =
        (Eddystone.Tlm)
            parse("11 16 AA FE 20 00 00 00 80 00 00 00 00 00 00 00 00 00").eddystone().get(0);
    assertThat(none.temperature()).isNaN();
  }
}
