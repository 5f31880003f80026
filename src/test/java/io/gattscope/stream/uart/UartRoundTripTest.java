package io.gattscope.stream.uart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.UartDevice;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UartRoundTripTest {
  @Test
  void chunksAreAtMostMtuMinusThree() {
    List<byte[]> c = UartSender.chunks(new byte[45], 23);
    assertThat(c).extracting(b -> b.length).containsExactly(20, 20, 5);
    assertThat(UartSender.chunks(new byte[0], 23)).isEmpty();
    assertThat(UartSender.chunks(new byte[300], 247))
        .extracting(b -> b.length)
        .containsExactly(244, 56);
    assertThatThrownBy(() -> UartSender.chunks(new byte[1], 22))
        .hasMessageContaining("at least 23");
  }

  @Test
  void aLongLineSplitByTheMtuComesBackWhole() throws Exception {
    SimulatedAdapter adapter =
        SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());
    try {
      BleDevice device =
          adapter
              .backend()
              .connect(
                  UartDevice.ADDRESS,
                  ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(5)));
      GattDatabase db = device.discover();
      UartPair pair = UartPair.nus(db).orElseThrow();
      GattCharacteristic rx = pair.rx();
      GattCharacteristic tx = pair.tx();
      LineAssembler lines = new LineAssembler();
      BlockingQueue<String> received = new LinkedBlockingQueue<>();
      BlockingQueue<Integer> sizes = new LinkedBlockingQueue<>();
      device.subscribe(
          CharacteristicRef.handle(tx.valueHandle()),
          SubscriptionType.NOTIFY,
          (h, v, t) -> {
            sizes.add(v.length);
            received.addAll(lines.accept(v));
          });
      UartSender sender = new UartSender(device, rx);
      assertThat(sender.type()).isEqualTo(WriteType.COMMAND);
      String line = "the quick brown fox jumps over the lazy dog 0123456789 " + "x".repeat(40);
      sender.send((line + "\n").getBytes(StandardCharsets.UTF_8)).get(5, TimeUnit.SECONDS);
      String got;
      do {
        got = received.poll(5, TimeUnit.SECONDS);
        assertThat(got).as("echo arrives").isNotNull();
      } while (!got.equals(line));
      assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(1, device.mtu() - 3));
      assertThat(lines.overflows()).isZero();
    } finally {
      adapter.backend().stop();
      adapter.simulator().close();
    }
  }
}
