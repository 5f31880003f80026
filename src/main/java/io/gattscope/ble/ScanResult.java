package io.gattscope.ble;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a scan learned of one device: its latest advertisement and scan response.
 *
 * @param address the device
 * @param addressType public or random
 * @param rssi the latest RSSI in dBm
 * @param connectable whether its advertising accepts connections
 * @param advertisingData the latest advertising payload (AD structures)
 * @param scanResponseData the latest scan response payload, empty when none came
 * @param packets how many packets were received from it during the scan
 * @param lastSeenNanos {@link System#nanoTime()} of the latest packet
 */
public record ScanResult(
    BleAddress address,
    AddressType addressType,
    int rssi,
    boolean connectable,
    byte[] advertisingData,
    byte[] scanResponseData,
    int packets,
    long lastSeenNanos) {

  /**
   * The complete or shortened local name from either payload, if present.
   *
   * @return the name from the advertising data, else from the scan response, else empty
   */
  public Optional<String> name() {
    return LocalName.find(advertisingData).or(() -> LocalName.find(scanResponseData));
  }

  /**
   * Folds a new packet from the same device into this result.
   *
   * @param a a later packet from the same address
   * @return a new result with the packet's RSSI, time and payload (advertising data or scan
   *     response, by its type), and the packet count raised by one
   */
  public ScanResult with(Advertisement a) {
    boolean response = a.packetType() == Advertisement.PacketType.SCAN_RESPONSE;
    return new ScanResult(
        address,
        a.addressType(),
        a.rssi(),
        response ? connectable : isConnectable(a.packetType()),
        response ? advertisingData : a.data(),
        response ? a.data() : scanResponseData,
        packets + 1,
        a.timestampNanos());
  }

  /**
   * A result from a first packet.
   *
   * @param a the first packet heard from a device
   * @return a result counting one packet
   */
  public static ScanResult of(Advertisement a) {
    boolean response = a.packetType() == Advertisement.PacketType.SCAN_RESPONSE;
    return new ScanResult(
        a.address(),
        a.addressType(),
        a.rssi(),
        !response && isConnectable(a.packetType()),
        response ? new byte[0] : a.data(),
        response ? a.data() : new byte[0],
        1,
        a.timestampNanos());
  }

  /** ADV_IND and ADV_DIRECT_IND accept connections; ADV_SCAN_IND only scan requests. */
  private static boolean isConnectable(Advertisement.PacketType t) {
    return t == Advertisement.PacketType.CONNECTABLE || t == Advertisement.PacketType.DIRECTED;
  }

  /** Finds AD types 0x09 (complete) and 0x08 (shortened local name) without a full parser. */
  static final class LocalName {
    private LocalName() {}

    static Optional<String> find(byte[] data) {
      String shortened = null;
      int i = 0;
      while (i < data.length) {
        int len = data[i] & 0xFF;
        if (len == 0 || i + 1 + len > data.length) {
          break;
        }
        int type = data[i + 1] & 0xFF;
        String text = new String(data, i + 2, len - 1, StandardCharsets.UTF_8);
        if (type == 0x09) {
          return Optional.of(text);
        }
        if (type == 0x08) {
          shortened = text;
        }
        i += 1 + len;
      }
      return Optional.ofNullable(shortened);
    }
  }
}
