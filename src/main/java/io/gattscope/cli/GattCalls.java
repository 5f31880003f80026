package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.WriteType;
import java.util.Optional;
import java.util.UUID;

/** The reads, writes and value texts the single commands and the shell share. */
final class GattCalls {
  private GattCalls() {}

  /** Reads a value, going on with read blobs when one read filled the MTU. */
  static byte[] read(BleDevice d, CharacteristicRef ref, Runnable beforeLongRead) {
    byte[] value = d.read(ref);
    if (GattArguments.mayContinue(value.length, d.mtu())) {
      beforeLongRead.run();
      value = d.readLong(ref);
    }
    return value;
  }

  /**
   * Writes a value, as a long write when a write request does not fit MTU - 3 bytes.
   *
   * @return whether it went out as a long write
   * @throws IllegalArgumentException when the link cannot carry the value with this write type
   */
  static boolean write(BleDevice d, CharacteristicRef ref, byte[] value, WriteType type) {
    String problem = GattArguments.writeProblem(value.length, type, d.mtu());
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException("VALUE: " + problem);
    }
    boolean longWrite = GattArguments.needsLongWrite(value.length, type, d.mtu());
    if (longWrite) {
      d.writeLong(ref, value);
    } else {
      d.write(ref, value, type);
    }
    return longWrite;
  }

  /** A value in the codec's format followed by its SIG decoding, when one is known. */
  static String text(Vocabulary.ValueCodec codec, UUID characteristic, byte[] value) {
    Optional<String> decoded = Vocabulary.decode(characteristic, value);
    return codec.format(value) + decoded.map(t -> "  " + t).orElse("");
  }
}
