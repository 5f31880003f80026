package io.gattscope.ble.sim.gatt;

import io.gattscope.ble.Uuids;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Database Hash 0x2B2A of a simulated table (Core Vol 3 Part G 7.3.1): AES-CMAC (RFC 4493) with
 * a zero key over, in handle order, handle, type and value of every service, include,
 * characteristic and extended-properties declaration and handle and type of every descriptor
 * 0x2901..0x2905. The 128-bit result is served least significant octet first, as Bluetooth sends
 * multi-octet values.
 */
public final class DatabaseHash {
  /** The Database Hash characteristic's type. */
  public static final UUID TYPE = Uuids.fromShort(0x2B2A);

  private static final Set<Integer> WITH_VALUE = Set.of(0x2800, 0x2801, 0x2802, 0x2803, 0x2900);
  private static final Set<Integer> WITHOUT_VALUE = Set.of(0x2901, 0x2902, 0x2903, 0x2904, 0x2905);

  private DatabaseHash() {}

  /**
   * The Database Hash of an attribute table.
   *
   * @param db the table the ATT server serves
   * @return the hash, 16 octets, least significant first
   */
  public static byte[] of(AttributeDatabase db) {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    for (Attribute a : db.attributes()) {
      int type = (int) Uuids.shortValue(a.type()).orElse(-1);
      boolean full = WITH_VALUE.contains(type);
      if (!full && !WITHOUT_VALUE.contains(type)) {
        continue;
      }
      m.write(a.handle());
      m.write(a.handle() >>> 8);
      m.write(type);
      m.write(type >>> 8);
      if (full) {
        m.writeBytes(a.value());
      }
    }
    byte[] mac = cmac(new byte[16], m.toByteArray());
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = mac[15 - i];
    }
    return out;
  }

  /**
   * AES-CMAC of {@code message} under the 128-bit {@code key} (RFC 4493), most significant first.
   */
  static byte[] cmac(byte[] key, byte[] message) {
    try {
      Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      byte[] k1 = doubled(aes.doFinal(new byte[16]));
      byte[] k2 = doubled(k1);
      int blocks = Math.max(1, (message.length + 15) / 16);
      boolean complete = message.length > 0 && message.length % 16 == 0;
      byte[] x = new byte[16];
      for (int b = 0; b < blocks; b++) {
        byte[] block = new byte[16];
        int from = b * 16;
        int len = Math.min(16, message.length - from);
        System.arraycopy(message, from, block, 0, Math.max(0, len));
        if (b == blocks - 1) {
          if (complete) {
            xor(block, k1);
          } else {
            block[Math.max(0, len)] = (byte) 0x80;
            xor(block, k2);
          }
        }
        xor(block, x);
        x = aes.doFinal(block);
      }
      return x;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is part of every Java runtime", e);
    }
  }

  private static byte[] doubled(byte[] l) {
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) (l[i] << 1 | (i < 15 ? (l[i + 1] & 0xFF) >>> 7 : 0));
    }
    if ((l[0] & 0x80) != 0) {
      out[15] ^= (byte) 0x87;
    }
    return out;
  }

  private static void xor(byte[] into, byte[] with) {
    for (int i = 0; i < 16; i++) {
      into[i] ^= with[i];
    }
  }
}
