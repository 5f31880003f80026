package io.gattscope.gatt.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gattscope.gatt.format.Hex;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds random payloads to every decoder: 20,000 arrays by default, 1,000,000 with {@code
 * -Dgattscope.fuzz.full=true}. Nothing may throw and no decoder may hit an unexpected failure.
 */
class DecoderFuzzTest {
  @Test
  void randomPayloadsNeverThrow() {
    int n = Boolean.getBoolean("gattscope.fuzz.full") ? 1_000_000 : 20_000;
    List<CharacteristicDecoder> decoders = List.copyOf(Decoders.all());
    Random random = new Random(0x2A37);
    for (int k = 0; k < n; k++) {
      byte[] value = new byte[random.nextInt(24)];
      random.nextBytes(value);
      // every array goes to one decoder in turn, and every 10th to all of them
      int from = k % 10 == 0 ? 0 : k % decoders.size();
      int to = k % 10 == 0 ? decoders.size() : from + 1;
      for (int i = from; i < to; i++) {
        Decoded d = decoders.get(i).decode(value);
        for (Field f : d.fields()) {
          if (f.error() && f.name().equals("Decoding")) {
            throw new AssertionError(
                decoders.get(i).name() + " failed on " + Hex.format(value) + ": " + f.value());
          }
        }
        d.channels();
      }
    }
  }

  @Test
  void theStreamedSummaryReadsAsTheDecodedFields() {
    List<CharacteristicDecoder> decoders = List.copyOf(Decoders.all());
    Random random = new Random(0x2A63);
    StringBuilder sb = new StringBuilder("kept: ");
    for (CharacteristicDecoder decoder : decoders) {
      for (int k = 0; k < 400; k++) {
        byte[] value = new byte[k < 24 ? k : random.nextInt(24)];
        random.nextBytes(value);
        sb.setLength(6);
        String expected = decoder.decode(value).summary();
        assertEquals(
            "kept: " + expected,
            decoder.appendSummary(value, sb).toString(),
            () -> decoder.name() + " on " + Hex.format(value));
      }
    }
  }
}
