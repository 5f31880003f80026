package io.gattscope.gatt.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Uuids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A number field's text is its shortest decimal form rounded half-even, whatever the path. */
class FieldTextTest {
  private static String reference(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void matchesBigDecimalRoundingOnTiesSignsAndRandomValues() {
    double[] edge = {
      0,
      -0.0,
      0.05,
      0.15,
      0.25,
      -0.25,
      2.5,
      3.5,
      -0.04,
      -0.05,
      1.005,
      0.125,
      999.9995,
      1e9,
      -1e12,
      123456.789,
      0.9765625,
      1e-7,
      -1e-7
    };
    for (double v : edge) {
      for (int d = 0; d <= 4; d++) {
        assertThat(Field.fixed(v, d)).as(v + " to " + d).isEqualTo(reference(v, d));
      }
    }
    for (int rr = 0; rr <= 0xFFFF; rr++) {
      double v = rr * 1000.0 / 1024.0;
      assertThat(Field.fixed(v, 1)).as("RR " + rr).isEqualTo(reference(v, 1));
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      int d = random.nextInt(0, 6);
      double v =
          random.nextBoolean()
              ? (random.nextInt(-2_000_000, 2_000_000)) / Math.pow(10, random.nextInt(0, 8))
              : random.nextDouble(-1e7, 1e7);
      assertThat(Field.fixed(v, d)).as(v + " to " + d).isEqualTo(reference(v, d));
    }
    assertThat(Field.fixed(Double.NaN, 2)).isEqualTo("NaN");
  }

  @Test
  void aHeartRateSummaryReadsAsBefore() {
    Decoded d =
        Decoders.decode(Uuids.fromShort(0x2A37), new byte[] {0x16, 72, 0x00, 0x04}).orElseThrow();
    assertThat(d.summary())
        .isEqualTo(
            "Flags: 0x16 (Sensor Contact detected, Sensor Contact supported, RR-Interval"
                + " present), Heart Rate: 72 bpm, Sensor Contact: detected, RR-Interval: 1000.0 ms");
  }
}
