package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.Rfc4180;
import io.gattscope.stream.ValueFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV values print at the resolution the layout implies, never with binary noise. */
class CsvDecimalsTest {
  @TempDir Path dir;

  @Test
  void aScaleOfOneThousandthPrintsThreeDecimalsInExportAndRecording() throws Exception {
    ChartViewModel model =
        new ChartViewModel(
            "acc",
            PayloadLayout.parse("a:i16*0.001 g, t:u8*0.1 °C, n:u8"),
            null,
            null,
            new RateMeter(),
            () -> 0);
    Path recorded = dir.resolve("rec.csv");
    model.startRecording(recorded, false);
    long t0 = model.originNanos() + 1_000_000_000L;
    int[][] raw = {{1000, 66, 3}, {-2, 1, 4}, {1234, 255, 5}};
    for (int i = 0; i < raw.length; i++) {
      byte[] p = {(byte) raw[i][0], (byte) (raw[i][0] >> 8), (byte) raw[i][1], (byte) raw[i][2]};
      model.listener().onNotification(1, p, t0 + i * 1_000_000L);
    }
    model.stopRecording();
    Path exported = dir.resolve("export.csv");
    assertThat(model.exportCsv(exported, 0, 1e6)).isEqualTo(3);

    List<List<String>> rec = Rfc4180.parse(Files.readString(recorded));
    List<List<String>> exp = Rfc4180.parse(Files.readString(exported));
    assertThat(rec.get(1).subList(2, 5)).containsExactly("1.000", "6.6", "3");
    assertThat(rec.get(2).subList(2, 5)).containsExactly("-0.002", "0.1", "4");
    assertThat(rec.get(3).subList(2, 5)).containsExactly("1.234", "25.5", "5");
    assertThat(exp.get(1).subList(1, 4)).containsExactly("1.000", "6.6", "3");
    assertThat(exp.get(2).subList(1, 4)).containsExactly("-0.002", "0.1", "4");
    model.close();
  }

  @Test
  void withoutAKnownResolutionTheShortestFormHidesBinaryNoise() {
    assertThat(66 * 0.1).isEqualTo(6.6000000000000005);
    assertThat(ValueFormat.format(66 * 0.1, ValueFormat.SHORTEST)).isEqualTo("6.6");
    assertThat(ValueFormat.format(-2, ValueFormat.SHORTEST)).isEqualTo("-2.0");
    assertThat(ValueFormat.format(0.1 + 0.2, ValueFormat.SHORTEST)).isEqualTo("0.3");
    assertThat(ValueFormat.format(1e-7, ValueFormat.SHORTEST)).isEqualTo("0.0000001");
    assertThat(ValueFormat.format(-0.0004, 3)).isEqualTo("0.000");
    assertThat(ValueFormat.decimalsOf(0.001, 0)).isEqualTo(3);
    assertThat(ValueFormat.decimalsOf(0.5, -40)).isEqualTo(1);
  }
}
