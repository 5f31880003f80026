package io.gattscope.ble.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.gatt.AttributeDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UartDeviceTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final SimPeripheral uart = UartDevice.create(3, now::get);
  private final ValueStream tx = uart.stream(UartDevice.TX).orElseThrow();

  @Test
  void theStandardWorldHasTheUartAtItsAddressWithNus() {
    SimPeripheral p = SimWorld.standard(1).find(UartDevice.ADDRESS).orElseThrow();
    assertThat(p.name()).isEqualTo("uart");
    AttributeDatabase db = p.database();
    assertThat(db.valueHandlesOf(UartDevice.RX_UUID)).containsExactly(UartDevice.RX);
    assertThat(db.valueHandlesOf(UartDevice.TX_UUID)).containsExactly(UartDevice.TX);
    assertThat(db.cccdOf(UartDevice.TX)).contains(UartDevice.TX_CCCD);
  }

  @Test
  void printsASensorLineEvery100MsSplitIntoPayloadSizedNotifications() {
    String first = drain();
    assertThat(first).matches("t:\\d+\\.\\d,hum:\\d+\\.\\d,co2:\\d+\\r\\n");
    assertThat(drain()).isEmpty();
    now.addAndGet(99_000_000L);
    assertThat(drain()).isEmpty();
    now.addAndGet(1_000_000L);
    assertThat(drain()).matches("t:\\d+\\.\\d,hum:\\d+\\.\\d,co2:\\d+\\r\\n");
    now.addAndGet(300_000_000L);
    assertThat(drain().split("\r\n")).hasSize(3);
  }

  @Test
  void echoesLinesWrittenInPiecesAndAnswersHelp() {
    drain();
    write("pi");
    assertThat(drain()).isEmpty();
    write("ng\r\nhelp\n");
    assertThat(drain()).isEqualTo("ping\r\nhelp\r\n" + UartDevice.HELP);
  }

  @Test
  void sensorValuesWalkSlowlyNearTheirStart() {
    for (int i = 0; i < 200; i++) {
      String[] f = drain().trim().split("[:,]");
      assertThat(Double.parseDouble(f[1])).isBetween(5.0, 20.0);
      assertThat(Double.parseDouble(f[3])).isBetween(20.0, 60.0);
      assertThat(Long.parseLong(f[5])).isBetween(400L, 800L);
      now.addAndGet(100_000_000L);
    }
  }

  @Test
  void aFullQueueDropsTheOldestChunksAndCountsThem() {
    drain();
    String line = "x".repeat(19) + "\n";
    for (int i = 0; i < UartDevice.MAX_QUEUED + 5; i++) {
      write(line);
    }
    assertThat(tx.ready()).isEqualTo(UartDevice.MAX_QUEUED);
    drain();
  }

  private void write(String s) {
    uart.database().get(UartDevice.RX).orElseThrow().setValue(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Takes every ready chunk, checking each fits one notification. */
  private String drain() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n = tx.ready(); n > 0; n--) {
      byte[] chunk = tx.next();
      assertThat(chunk.length).isBetween(1, UartDevice.PAYLOAD);
      out.writeBytes(chunk);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
