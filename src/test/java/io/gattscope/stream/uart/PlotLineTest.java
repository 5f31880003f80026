package io.gattscope.stream.uart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlotLineTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"1.5,-2,3e2", "1.5 -2 3e2", "1.5\t-2\t3e2", "1.5, -2,  3e2,", " 1.5  -2 +3E+2 "})
  void plainValuesSeparatedByCommaSpaceOrTab(String line) {
    PlotLine p = PlotLine.parse(line).orElseThrow();
    assertThat(p.names()).isEmpty();
    assertThat(p.values()).containsExactly(1.5, -2, 300);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"t:12.5,hum:40.1,co2:612", "t:12.5 hum:40.1 co2:612", "t:12.5\thum:40.1,co2:612"})
  void namedValuesGiveChannelNames(String line) {
    PlotLine p = PlotLine.parse(line).orElseThrow();
    assertThat(p.names()).containsExactly("t", "hum", "co2");
    assertThat(p.values()).containsExactly(12.5, 40.1, 612);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "t:12.5,40.1",
        "1,2,x",
        "ping",
        "1,,2",
        "NaN",
        "Infinity",
        "0x10",
        "1d",
        "t:1,t:2",
        ":5",
        "t:",
        "GattScope UART commands:",
        "12.5.3"
      })
  void mixedOrBrokenLinesAreNotPlotLines(String line) {
    assertThat(PlotLine.parse(line)).isEmpty();
    assertThat(PlotLine.blank(line)).isFalse();
  }

  @Test
  void blankLinesAreBlank() {
    assertThat(PlotLine.parse("  ")).isEmpty();
    assertThat(PlotLine.blank(" \t")).isTrue();
    assertThat(PlotLine.blank(",")).isTrue();
  }
}
