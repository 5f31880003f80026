package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PtyPairTest {
  @Test
  void bytesWrittenToOneEndComeOutOfTheOther() throws Exception {
    assumeTrue(PtyPair.socat().isPresent(), "socat is not installed; skipping");
    try (PtyPair pair = PtyPair.open();
        FileInputStream in = new FileInputStream(pair.second());
        FileOutputStream out = new FileOutputStream(pair.first())) {
      assertThat(pair.first()).startsWith("/dev/");
      out.write("ping".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      CompletableFuture<String> got =
          CompletableFuture.supplyAsync(
              () -> {
                byte[] buf = new byte[4];
                int n = 0;
                try {
                  while (n < 4) {
                    int r = in.read(buf, n, 4 - n);
                    if (r < 0) {
                      break;
                    }
                    n += r;
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return new String(buf, 0, n, StandardCharsets.US_ASCII);
              });
      assertThat(got.get(5, TimeUnit.SECONDS)).isEqualTo("ping");
    }
  }
}
