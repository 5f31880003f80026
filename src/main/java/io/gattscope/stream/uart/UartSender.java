package io.gattscope.stream.uart;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.WriteType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends text to a serial characteristic as writes of the link's size (ATT_MTU - 3 bytes each),
 * without response when the characteristic allows it, otherwise as write requests; sends queue up
 * behind each other so their bytes arrive in order.
 */
public final class UartSender {
  private final BleDevice device;
  private final int handle;
  private final WriteType type;
  private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

  /**
   * A sender writing to {@code rx} on {@code device}.
   *
   * @param device the connected device
   * @param rx the characteristic to write
   * @throws IllegalArgumentException when {@code rx} can be written neither with nor without
   *     response
   */
  public UartSender(BleDevice device, GattCharacteristic rx) {
    this.device = Objects.requireNonNull(device, "device");
    this.handle = rx.valueHandle();
    this.type = writeType(rx);
  }

  /**
   * The write type a characteristic allows, preferring write without response.
   *
   * @param rx the characteristic to write
   * @return {@link WriteType#COMMAND} when it allows write without response, else {@link
   *     WriteType#REQUEST}
   * @throws IllegalArgumentException when it allows neither
   */
  public static WriteType writeType(GattCharacteristic rx) {
    if (rx.has(CharacteristicProperty.WRITE_WITHOUT_RESPONSE)) {
      return WriteType.COMMAND;
    }
    if (rx.has(CharacteristicProperty.WRITE)) {
      return WriteType.REQUEST;
    }
    throw new IllegalArgumentException(
        String.format("characteristic 0x%04X cannot be written", rx.valueHandle()));
  }

  /**
   * Splits bytes into pieces of at most ATT_MTU - 3 bytes.
   *
   * @param data the bytes to send
   * @param mtu the link's ATT MTU, at least 23
   * @return the pieces in order, none for empty data
   * @throws IllegalArgumentException when {@code mtu} is below 23
   */
  public static List<byte[]> chunks(byte[] data, int mtu) {
    if (mtu < 23) {
      throw new IllegalArgumentException("an ATT MTU is at least 23, got " + mtu);
    }
    int size = mtu - 3;
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < data.length; i += size) {
      out.add(Arrays.copyOfRange(data, i, Math.min(data.length, i + size)));
    }
    return out;
  }

  /**
   * The write type this sender uses.
   *
   * @return without response when the characteristic allows it, else request
   */
  public WriteType type() {
    return type;
  }

  /**
   * Sends bytes after everything sent before, split by the link's current MTU.
   *
   * @param data the bytes; nothing is written for none
   * @return completes when the last piece is written, or exceptionally with the first failure (the
   *     pieces after it are not sent)
   */
  public synchronized CompletableFuture<Void> send(byte[] data) {
    byte[] copy = data.clone();
    CompletableFuture<Void> next =
        last.exceptionally(e -> null)
            .thenCompose(
                v -> {
                  CompletableFuture<Void> f = CompletableFuture.completedFuture(null);
                  for (byte[] piece : chunks(copy, device.mtu())) {
                    f = f.thenCompose(x -> device.writeHandleAsync(handle, piece, type));
                  }
                  return f;
                });
    last = next;
    return next;
  }
}
