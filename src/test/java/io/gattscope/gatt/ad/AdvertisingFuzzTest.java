package io.gattscope.gatt.ad;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.gatt.format.Hex;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds random bytes to the parser: 20,000 arrays by default, 1,000,000 with {@code
 * -Dgattscope.fuzz.full=true}.
 */
class AdvertisingFuzzTest {
  static int count() {
    return Boolean.getBoolean("gattscope.fuzz.full") ? 1_000_000 : 20_000;
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(0x6A77);
    int n = count();
    int malformed = 0;
    for (int k = 0; k < n; k++) {
      byte[] data = new byte[random.nextInt(64)];
      random.nextBytes(data);
      if (k % 3 == 0) {
        plantPlausibleStructures(random, data);
      }
      AdvertisingData ad = AdvertisingParser.parse(data);
      for (AdStructure s : ad.structures()) {
        if (s.summary() == null
            || (s instanceof Malformed m && (m.offset() < 0 || m.offset() > data.length))) {
          throw new AssertionError("bad structure " + s + " for " + Hex.format(data));
        }
      }
      if (ad.malformed()) {
        malformed++;
      }
    }
    assertThat(malformed).isPositive().isLessThan(n);
  }

  /** Writes valid length bytes and interesting types so decoding gets past the framing. */
  private static void plantPlausibleStructures(Random random, byte[] data) {
    int[] types = {0x01, 0x03, 0x07, 0x09, 0x16, 0x20, 0x21, 0x24, 0xFF, 0x12, 0x19, 0x1C};
    int i = 0;
    while (i + 2 < data.length) {
      int len = 1 + random.nextInt(Math.min(30, data.length - i - 1));
      data[i] = (byte) len;
      data[i + 1] = (byte) types[random.nextInt(types.length)];
      if (data[i + 1] == (byte) 0xFF && len >= 3) {
        data[i + 2] = random.nextBoolean() ? (byte) 0x4C : (byte) 0x06;
        data[i + 3 < data.length ? i + 3 : i + 2] = 0;
      } else if (data[i + 1] == 0x16 && len >= 3 && i + 3 < data.length) {
        data[i + 2] = (byte) 0xAA;
        data[i + 3] = (byte) 0xFE;
      }
      i += len + 1;
    }
  }
}
