package io.gattscope.stream.uart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotLineDecoderTest {
  private static byte[] line(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void namedLinesDecodeIntoTheFirstLinesChannels() {
    SerialPlotter plotter = new SerialPlotter();
    assertThat(plotter.decoder()).isEmpty();
    plotter.accept("t:12.5,hum:40.1,co2:612");
    PlotLineDecoder d = plotter.decoder().orElseThrow();
    assertThat(d.names()).containsExactly("t", "hum", "co2");
    assertThat(d.units()).containsExactly("", "", "");
    double[] out = new double[3];
    assertThat(d.decode(line("t:13,hum:41.5,co2:700"), out)).isEqualTo(3);
    assertThat(out).containsExactly(13, 41.5, 700);
    assertThat(d.decode(line("t:13,hum:41.5"), out)).as("other names").isZero();
    assertThat(d.decode(line("13,41.5,700"), out)).as("plain values").isZero();
    assertThat(d.decode(line("booting..."), out)).as("not a plot line").isZero();
  }

  @Test
  void plainLinesNeedTheSameCount() {
    PlotLineDecoder d = new PlotLineDecoder(List.of("value 1", "value 2"), false);
    double[] out = new double[2];
    assertThat(d.decode(line("1.5 -2"), out)).isEqualTo(2);
    assertThat(out).containsExactly(1.5, -2);
    assertThat(d.decode(line("1,2,3"), out)).isZero();
    assertThat(d.decode(line("a:1,b:2"), out)).isZero();
  }

  @Test
  void refusesNoChannelsAndAShortOutput() {
    assertThatThrownBy(() -> new PlotLineDecoder(List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one channel");
    PlotLineDecoder d = new PlotLineDecoder(List.of("a", "b"), true);
    assertThatThrownBy(() -> d.decode(line("a:1,b:2"), new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 channels");
  }
}
