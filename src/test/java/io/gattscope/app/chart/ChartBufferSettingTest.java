package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.app.util.Settings;
import io.gattscope.stream.SampleRingBuffer;
import org.junit.jupiter.api.Test;

class ChartBufferSettingTest {
  private final Settings settings = Settings.inMemory();

  @Test
  void withoutAChoiceChartsKeepTheDefaultHundredThousandSamples() {
    assertThat(ChartBufferSetting.read(settings))
        .isEqualTo(SampleRingBuffer.DEFAULT_CAPACITY)
        .isEqualTo(100_000);
    assertThat(ChartBufferSetting.describe(100_000, 2_000, false))
        .isEqualTo(
            "100,000 samples per channel (6.4 MB for 6 channels): 50 s at 2,000 samples/s at full"
                + " resolution, then 1 h as min/max envelopes");
    ChartBufferSetting.rateSource(() -> 200);
    try {
      assertThat(ChartBufferSetting.describe(100_000)).contains("8.3 min at the current 200");
    } finally {
      ChartBufferSetting.rateSource(() -> 0);
    }
  }

  @Test
  void aTypedSizeWithSeparatorsIsStoredAndReadBack() {
    assertThat(ChartBufferSetting.write(settings, " 1,200_000 ")).isEqualTo(1_200_000);
    assertThat(settings.get(ChartBufferSetting.KEY, "")).isEqualTo("1200000");
    assertThat(ChartBufferSetting.read(settings)).isEqualTo(1_200_000);
  }

  @Test
  void badSizesSayWhatIsWrongAndChangeNothing() {
    ChartBufferSetting.write(settings, "50000");
    assertThatThrownBy(() -> ChartBufferSetting.write(settings, "12k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chart buffer must be a whole number of samples, got '12k'");
    assertThatThrownBy(() -> ChartBufferSetting.write(settings, "999"))
        .hasMessage("chart buffer must be 1,000 to 10,000,000 samples per channel, got 999");
    assertThatThrownBy(() -> ChartBufferSetting.write(settings, "99999999999999999999"))
        .hasMessageContaining("1,000 to 10,000,000");
    assertThatThrownBy(() -> ChartBufferSetting.write(settings, "-5"))
        .hasMessageContaining("whole number");
    assertThat(ChartBufferSetting.read(settings)).isEqualTo(50_000);
  }

  @Test
  void aCorruptStoredValueFallsBackToTheDefault() {
    settings.put(ChartBufferSetting.KEY, "lots");
    assertThat(ChartBufferSetting.read(settings)).isEqualTo(SampleRingBuffer.DEFAULT_CAPACITY);
  }
}
