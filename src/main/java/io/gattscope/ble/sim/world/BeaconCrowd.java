package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A crowd of non-connectable advertisers like those around any desk: iBeacons, Eddystone
 * UID/URL/TLM, Apple continuity, Microsoft, Nordic, Garmin and Samsung manufacturer data.
 */
public final class BeaconCrowd {
  private static final int APPLE = 0x004C;
  private static final int MICROSOFT = 0x0006;
  private static final int NORDIC = 0x0059;
  private static final int GARMIN = 0x0087;
  private static final int SAMSUNG = 0x0075;
  private static final int EDDYSTONE = 0xFEAA;

  private final SplittableRandom random;
  private final List<SimPeripheral> out = new ArrayList<>();

  private BeaconCrowd(long seed) {
    random = new SplittableRandom(seed);
  }

  /**
   * Builds the crowd (32 advertisers); {@code seed} fixes addresses, payloads and RSSI.
   *
   * @param seed the same seed gives the same crowd
   * @return a new list of non-connectable peripherals
   */
  public static List<SimPeripheral> create(long seed) {
    return new BeaconCrowd(seed).build();
  }

  private List<SimPeripheral> build() {
    for (int i = 1; i <= 6; i++) {
      add("ibeacon-" + i, 2, 100, AdData.create().flags(0x06).manufacturer(APPLE, iBeacon(i)));
    }
    for (int i = 1; i <= 3; i++) {
      byte[] uid = new byte[18];
      random.nextBytes(uid);
      uid[0] = 0x00;
      uid[1] = (byte) -59;
      add("eddystone-uid-" + i, 2, 300, eddystone(uid));
      byte[] url =
          ("\u0010\u00ed\u0003gattscope" + i + "\u0007").getBytes(StandardCharsets.ISO_8859_1);
      add("eddystone-url-" + i, 2, 300, eddystone(url));
      byte[] tlm = {0x20, 0x00, 0x0B, (byte) 0xB8, 0x16, 0x40, 0, 0, 0x12, 0x34, 0, 0, 0x56, 0x78};
      add("eddystone-tlm-" + i, 2, 1000, eddystone(tlm));
    }
    for (int i = 1; i <= 6; i++) {
      byte[] nearby = new byte[random.nextBoolean() ? 16 : 7];
      random.nextBytes(nearby);
      nearby[0] = (byte) (i % 2 == 0 ? 0x0C : 0x10);
      nearby[1] = (byte) (nearby.length - 2);
      add(
          "apple-" + i,
          i % 3 == 0 ? 6 : 2,
          30 + 10 * i,
          AdData.create().flags(0x1A).manufacturer(APPLE, nearby));
    }
    for (int i = 1; i <= 3; i++) {
      byte[] cdp = new byte[27];
      random.nextBytes(cdp);
      cdp[0] = 0x01;
      cdp[1] = 0x09;
      cdp[2] = 0x20;
      add("microsoft-" + i, 2, 500, AdData.create().manufacturer(MICROSOFT, cdp));
    }
    for (int i = 1; i <= 3; i++) {
      add(
          "nordic-" + i,
          6,
          200,
          AdData.create().flags(0x06).manufacturer(NORDIC, bytes(8)).name("Thingy" + i));
      add("garmin-" + i, 2, 700, AdData.create().flags(0x06).manufacturer(GARMIN, bytes(10)));
    }
    for (int i = 1; i <= 2; i++) {
      add("samsung-" + i, 2, 250, AdData.create().flags(0x1A).manufacturer(SAMSUNG, bytes(20)));
    }
    return out;
  }

  private static AdData eddystone(byte[] frame) {
    return AdData.create().flags(0x06).services16(EDDYSTONE).serviceData16(EDDYSTONE, frame);
  }

  /** Type 0x02, length 0x15, proximity UUID, major, minor (big-endian), measured power. */
  private byte[] iBeacon(int index) {
    byte[] b = new byte[23];
    b[0] = 0x02;
    b[1] = 0x15;
    byte[] uuid = {
      (byte) 0xE2,
      (byte) 0xC5,
      0x6D,
      (byte) 0xB5,
      (byte) 0xDF,
      (byte) 0xFB,
      0x48,
      (byte) 0xD2,
      (byte) 0xB0,
      0x60,
      (byte) 0xD0,
      (byte) 0xF5,
      (byte) 0xA7,
      0x10,
      (byte) 0x96,
      (byte) 0xE0
    };
    System.arraycopy(uuid, 0, b, 2, 16);
    b[18] = 0;
    b[19] = (byte) index;
    int minor = random.nextInt(1, 65536);
    b[20] = (byte) (minor >>> 8);
    b[21] = (byte) minor;
    b[22] = (byte) -59;
    return b;
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private void add(String name, int packetType, int intervalMillis, AdData data) {
    boolean publicAddress = name.startsWith("garmin") || name.startsWith("nordic");
    long bits = random.nextLong() & 0xFFFF_FFFF_FFFFL;
    long value =
        publicAddress ? (0x00_07_80L << 24) | (bits & 0xFF_FFFFL) : bits | 0xC000_0000_0000L;
    byte[] scanResponse = packetType == 6 ? AdData.create().name(name).build() : null;
    Advertiser adv =
        new Advertiser(
            new BleAddress(value),
            publicAddress ? AddressType.PUBLIC : AddressType.RANDOM,
            packetType,
            intervalMillis,
            data.build(),
            scanResponse,
            -60 - random.nextInt(36));
    out.add(SimPeripheral.beacon(name, adv));
  }
}
