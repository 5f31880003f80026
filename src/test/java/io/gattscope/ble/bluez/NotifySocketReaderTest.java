package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifySocketReaderTest {
  @Test
  void deliversWhatEachReadReturnsUntilTheEnd(@TempDir Path dir) throws Exception {
    // a file stands in for the SOCK_SEQPACKET socket: each read returns at most MTU bytes
    Path data = dir.resolve("socket");
    byte[] bytes = new byte[30];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    Files.write(data, bytes);
    List<byte[]> got = new CopyOnWriteArrayList<>();
    CountDownLatch two = new CountDownLatch(2);
    try (NotifySocketReader reader =
        new NotifySocketReader(
            new FileInputStream(data.toFile()),
            23,
            "test-reader",
            (v, t) -> {
              got.add(v);
              two.countDown();
            })) {
      reader.start();
      assertThat(two.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(got).hasSize(2);
    assertThat(got.get(0)).hasSize(23).startsWith(0, 1, 2);
    assertThat(got.get(1)).containsExactly(23, 24, 25, 26, 27, 28, 29);
  }
}
