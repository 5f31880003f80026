package io.gattscope.ble.bgapi.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.testsupport.SocatPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs two SerialLinks over a socat pty pair. */
class SerialLinkIT {
  @TempDir Path dir;
  private SocatPair socat;
  private SerialLink a;
  private SerialLink b;
  private final RecordingReceiver aRx = new RecordingReceiver();
  private final RecordingReceiver bRx = new RecordingReceiver();

  @BeforeEach
  void startSocat() throws Exception {
    socat = SocatPair.start(dir);
    a = new SerialLink(socat.a());
    b = new SerialLink(socat.b());
    a.setReceiver(aRx);
    b.setReceiver(bRx);
    a.open();
    b.open();
  }

  @AfterEach
  void stop() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    if (socat != null) {
      socat.close();
    }
  }

  @Test
  void bytesRoundTripBothDirections() throws Exception {
    byte[] data = new byte[20_000];
    new Random(3).nextBytes(data);
    a.send(data, 0, data.length);
    b.send(new byte[] {0x00, 0x00, 0x00, 0x01}, 0, 4);

    assertThat(bRx.awaitBytes(data.length, 10_000)).isTrue();
    assertThat(aRx.awaitBytes(4, 5_000)).isTrue();
    assertThat(bRx.bytes()).isEqualTo(data);
    assertThat(aRx.bytes()).containsExactly(0, 0, 0, 1);
    assertThat(a.isOpen()).isTrue();
    assertThat(a.description()).contains(dir.resolve("a").toString());
  }

  @Test
  void killingSocatClosesBothLinksWithACause() throws Exception {
    socat.kill();
    Throwable causeA = aRx.closed.get(3, TimeUnit.SECONDS);
    Throwable causeB = bRx.closed.get(3, TimeUnit.SECONDS);
    assertThat(causeA).isInstanceOf(AdapterUnavailableException.class);
    assertThat(causeB).isInstanceOf(AdapterUnavailableException.class);
    assertThat(a.isOpen()).isFalse();
  }

  @Test
  void closeEndsTheReaderPromptlyWithANullCause() throws Exception {
    long t0 = System.nanoTime();
    a.close();
    assertThat(aRx.closed.get(2, TimeUnit.SECONDS)).isNull();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(2000);
    assertThat(a.isOpen()).isFalse();
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("bgapi-serial-rx-" + realName("a")) && t.isAlive());
  }

  @Test
  void aDeviceThatStopsReadingMakesSendFailInsteadOfHanging() throws Exception {
    b.close();
    byte[] block = new byte[64 * 1024];
    long t0 = System.nanoTime();
    Throwable thrown = null;
    for (int i = 0; i < 200 && thrown == null; i++) {
      try {
        a.send(block, 0, block.length);
      } catch (AdapterUnavailableException e) {
        thrown = e;
      }
    }
    assertThat(thrown).as("send must fail once nobody reads").isNotNull();
    assertThat(thrown).hasMessageContaining("took no data");
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(10);
    assertThat(aRx.closed.get(3, TimeUnit.SECONDS)).isSameAs(thrown);
    assertThat(a.isOpen()).isFalse();
  }

  private String realName(String link) {
    try {
      return dir.resolve(link).toRealPath().toString();
    } catch (IOException e) {
      return link;
    }
  }
}
