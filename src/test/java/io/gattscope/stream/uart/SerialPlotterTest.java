package io.gattscope.stream.uart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerialPlotterTest {
  @Test
  void theFirstNamedLineFixesTheChannelsAndOthersAreCounted() {
    SerialPlotter p = new SerialPlotter();
    assertThat(p.accept("GattScope UART commands:")).isEmpty();
    assertThat(p.channels()).isEmpty();
    assertThat(p.accept("t:12.5,hum:40.1,co2:612"))
        .hasValueSatisfying(v -> assertThat(v).containsExactly(12.5, 40.1, 612));
    assertThat(p.channels()).containsExactly("t", "hum", "co2");
    assertThat(p.accept("")).isEmpty();
    assertThat(p.accept("t:1,hum:2")).isEmpty();
    assertThat(p.accept("1,2,3")).isEmpty();
    assertThat(p.accept("ping")).isEmpty();
    assertThat(p.accept("t:12.6,hum:40.0,co2:610")).isPresent();
    assertThat(p.accepted()).isEqualTo(2);
    assertThat(p.rejected()).isEqualTo(4);
  }

  @Test
  void plainLinesGetNumberedChannels() {
    SerialPlotter p = new SerialPlotter();
    assertThat(p.accept("1 2")).isPresent();
    assertThat(p.channels()).containsExactly("value 1", "value 2");
    assertThat(p.accept("a:1,b:2")).isEmpty();
    assertThat(p.accept("1 2 3")).isEmpty();
    assertThat(p.accept("3\t4")).isPresent();
    assertThat(p.accepted()).isEqualTo(2);
    assertThat(p.rejected()).isEqualTo(2);
  }
}
