package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.decode.CharacteristicDecoder;
import io.gattscope.gatt.decode.Decoders;
import io.gattscope.gatt.format.Hex;
import io.gattscope.gatt.format.PresentationFormat;
import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.RateMeter;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** SIG decoder channels for a chart, with real Heart Rate Measurement and 0x2904 values. */
class SigChannelsTest {
  private static final CharacteristicDecoder HRM =
      Decoders.forUuid(Uuids.fromShort(0x2A37)).orElseThrow();

  private static double[] decode(SigChannels c, String hex, int expectedReturn) {
    double[] out = new double[c.channelCount()];
    assertThat(c.decode(Hex.parse(hex), out)).isEqualTo(expectedReturn);
    return out;
  }

  @Test
  void channelsAreLearnedFromARealValueWithNamesAndUnits() {
    // flags 0x16: uint8 rate, contact detected, one RR-Interval; 72 bpm, RR 853/1024 s
    SigChannels c = SigChannels.learn(HRM, Hex.parse("16 48 55 03"));
    assertThat(c.names()).containsExactly("Heart Rate", "RR-Interval");
    assertThat(c.units()).containsExactly("bpm", "ms");
    assertThat(c.source()).isEqualTo("SIG decoder: Heart Rate Measurement");
    double[] v = decode(c, "16 48 55 03", 2);
    assertThat(v[0]).isEqualTo(72);
    assertThat(v[1]).isCloseTo(833.0, Offset.offset(0.01));
  }

  @Test
  void laterValuesMapByNameWhateverTheirFlags() {
    SigChannels c = SigChannels.learn(HRM, Hex.parse("16 48 55 03"));
    // flags 0x17: uint16 rate 300 bpm, RR 512/1024 s -> same slots
    double[] wide = decode(c, "17 2C 01 00 02", 2);
    assertThat(wide).containsExactly(300, 500.0);
    // flags 0x06: no RR-Interval at all -> that slot is NaN, not a shifted value
    double[] noRr = decode(c, "06 50", 2);
    assertThat(noRr[0]).isEqualTo(80);
    assertThat(noRr[1]).isNaN();
    assertThat(c.ignoredChannels()).isZero();
  }

  @Test
  void repeatedRrIntervalsAreNumberedUpToTheLearnedCountAndSurplusIsCounted() {
    // Energy Expended present (0x08) and two RR-Intervals
    SigChannels c = SigChannels.learn(HRM, Hex.parse("1E 5A 10 00 00 04 00 02"));
    assertThat(c.names())
        .containsExactly("Heart Rate", "Energy Expended", "RR-Interval 1", "RR-Interval 2");
    assertThat(c.units()).containsExactly("bpm", "kJ", "ms", "ms");
    // three RR-Intervals, no energy: the third has no slot
    double[] v = decode(c, "16 5A 00 04 00 02 00 01", 4);
    assertThat(v[0]).isEqualTo(90);
    assertThat(v[1]).isNaN();
    assertThat(v[2]).isEqualTo(1000.0);
    assertThat(v[3]).isEqualTo(500.0);
    assertThat(c.ignoredChannels()).isEqualTo(1);
    // one RR-Interval: it goes to "RR-Interval 1", the second slot stays empty
    double[] one = decode(c, "16 5A 00 04", 4);
    assertThat(one[2]).isEqualTo(1000.0);
    assertThat(one[3]).isNaN();
  }

  @Test
  void aChannelNotSeenWhileLearningIsIgnoredAndCounted() {
    SigChannels c = SigChannels.learn(HRM, Hex.parse("06 48"));
    assertThat(c.names()).containsExactly("Heart Rate");
    double[] v = decode(c, "16 50 00 04", 1);
    assertThat(v).containsExactly(80);
    assertThat(c.ignoredChannels()).isEqualTo(1);
  }

  @Test
  void aShortValueYieldsNaNAndIsCountedShortByTheFeed() {
    SigChannels c = SigChannels.learn(HRM, Hex.parse("1E 5A 10 00 00 04"));
    // Energy Expended flagged but only one of its two bytes there
    double[] v = decode(c, "1E 5A 10", 1);
    assertThat(v[0]).isEqualTo(90);
    assertThat(v[1]).isNaN();
    assertThat(v[2]).isNaN();
    ChannelFeed feed = new ChannelFeed(c, 16, new RateMeter().register("hrm"));
    feed.onNotification(8, Hex.parse("1E 5A 10"), 1);
    feed.onNotification(8, Hex.parse("1E 5A 10 00 00 04"), 2);
    assertThat(feed.shortPayloads()).isEqualTo(1);
    assertThat(feed.buffer().writeSequence()).isEqualTo(2);
  }

  @Test
  void aValueWithNothingToChartIsRefusedWithTheDecoderNamed() {
    assertThatThrownBy(() -> SigChannels.learn(HRM, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Heart Rate Measurement")
        .hasMessageContaining("no numeric channel");
  }

  @Test
  void presentationFormatSint16ExponentMinus2IsDegreesCelsius() {
    // format 0x0E sint16, exponent -2, unit 0x272F degree Celsius, namespace SIG
    PresentationFormat pf = PresentationFormat.parse(Hex.parse("0E FE 2F 27 01 00 00"));
    UUID vendor = UUID.fromString("12345678-1234-5678-1234-56789abcdef0");
    SigChannels c =
        SigChannels.single(
            Decoders.forPresentationFormat(vendor, "Probe", pf),
            "0x2904 Presentation Format: Probe",
            "Probe",
            pf.unitSymbol());
    assertThat(c.names()).containsExactly("Probe");
    assertThat(c.units()).containsExactly("°C");
    assertThat(decode(c, "29 09", 1)).containsExactly(23.45);
    assertThat(decode(c, "D7 F6", 1)).containsExactly(-23.45);
    assertThat(decode(c, "29", 0)[0]).isNaN();
  }
}
