package io.gattscope.ble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which scanned devices a caller wants: by name (exact, contains or regular expression), address,
 * advertised service UUID, manufacturer (company) id or minimum RSSI. Filters combine with {@link
 * #and(ScanFilter)}; a filter tests a {@link ScanResult}, which holds the latest advertising data
 * and scan response of a device, so a name sent only in the scan response still matches.
 *
 * <pre>{@code
 * ScanFilter hrm = ScanFilter.service(Uuids.fromShort(0x180D)).and(ScanFilter.minRssi(-80));
 * Optional<ScanResult> first = adapter.find(hrm, Duration.ofSeconds(5));
 * }</pre>
 */
public final class ScanFilter implements Predicate<ScanResult> {
  private final String description;
  private final Predicate<ScanResult> test;

  private ScanFilter(String description, Predicate<ScanResult> test) {
    this.description = description;
    this.test = test;
  }

  /**
   * A filter every device passes.
   *
   * @return the filter that accepts everything
   */
  public static ScanFilter any() {
    return new ScanFilter("any device", r -> true);
  }

  /**
   * Devices whose local name is exactly {@code name} (case-sensitive).
   *
   * @param name the complete or shortened local name
   * @return the filter
   */
  public static ScanFilter nameEquals(String name) {
    String n = requireText(name, "name");
    return new ScanFilter("name = '" + n + "'", r -> r.name().map(n::equals).orElse(false));
  }

  /**
   * Devices whose local name contains {@code part}, ignoring case (pygatt's {@code filtered_scan}).
   *
   * @param part the text to look for
   * @return the filter
   */
  public static ScanFilter nameContains(String part) {
    String p = requireText(part, "name part").toLowerCase(Locale.ROOT);
    return new ScanFilter(
        "name contains '" + part + "'",
        r -> r.name().map(n -> n.toLowerCase(Locale.ROOT).contains(p)).orElse(false));
  }

  /**
   * Devices whose whole local name matches a regular expression.
   *
   * @param regex a {@link java.util.regex.Pattern} expression
   * @return the filter
   * @throws IllegalArgumentException when the expression does not compile
   */
  public static ScanFilter nameMatches(String regex) {
    Pattern p;
    try {
      p = Pattern.compile(requireText(regex, "name pattern"));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "name pattern '" + regex + "' is not a regular expression: " + e.getDescription(), e);
    }
    return new ScanFilter(
        "name matches /" + regex + "/",
        r -> r.name().map(n -> p.matcher(n).matches()).orElse(false));
  }

  /**
   * The device with this address.
   *
   * @param address the address
   * @return the filter
   */
  public static ScanFilter address(BleAddress address) {
    Objects.requireNonNull(address, "address");
    return new ScanFilter("address " + address, r -> r.address().equals(address));
  }

  /**
   * Devices that list this service UUID in their advertising data or scan response (AD types 0x02
   * to 0x07, 16-, 32- and 128-bit lists, complete or not).
   *
   * @param service the service UUID
   * @return the filter
   */
  public static ScanFilter service(UUID service) {
    Objects.requireNonNull(service, "service");
    return new ScanFilter(
        "service " + Uuids.format(service),
        r ->
            serviceUuids(r.advertisingData()).contains(service)
                || serviceUuids(r.scanResponseData()).contains(service));
  }

  /**
   * Devices that send manufacturer specific data (AD type 0xFF) of this company.
   *
   * @param companyId the Bluetooth SIG company identifier (0x0000 to 0xFFFF)
   * @return the filter
   * @throws IllegalArgumentException when the id does not fit 16 bits
   */
  public static ScanFilter manufacturer(int companyId) {
    if (companyId < 0 || companyId > 0xFFFF) {
      throw new IllegalArgumentException(
          "a company id has 16 bits (0x0000 to 0xFFFF), got " + companyId);
    }
    return new ScanFilter(
        String.format(Locale.ROOT, "manufacturer 0x%04X", companyId),
        r ->
            manufacturers(r.advertisingData()).contains(companyId)
                || manufacturers(r.scanResponseData()).contains(companyId));
  }

  /**
   * Devices heard at {@code dbm} or stronger (latest packet).
   *
   * @param dbm the weakest RSSI accepted, -127 to 20 dBm
   * @return the filter
   * @throws IllegalArgumentException when the value lies outside -127 to 20
   */
  public static ScanFilter minRssi(int dbm) {
    if (dbm < -127 || dbm > 20) {
      throw new IllegalArgumentException("minimum RSSI must lie in -127 .. 20 dBm, got " + dbm);
    }
    return new ScanFilter("RSSI >= " + dbm + " dBm", r -> r.rssi() >= dbm);
  }

  /**
   * A filter that passes devices passing both this one and {@code other}.
   *
   * @param other the second condition
   * @return the combined filter
   */
  public ScanFilter and(ScanFilter other) {
    Objects.requireNonNull(other, "other");
    return new ScanFilter(description + " and " + other.description, test.and(other.test));
  }

  /**
   * Whether a scanned device passes.
   *
   * @param result what the scan knows of the device
   * @return true when it passes every condition
   */
  @Override
  public boolean test(ScanResult result) {
    return test.test(result);
  }

  @Override
  public String toString() {
    return description;
  }

  private static String requireText(String s, String what) {
    if (s == null || s.isEmpty()) {
      throw new IllegalArgumentException("scan filter: the " + what + " must not be empty");
    }
    return s;
  }

  /** The service UUIDs listed in a payload's AD structures; malformed tails are ignored. */
  static List<UUID> serviceUuids(byte[] data) {
    List<UUID> out = new ArrayList<>();
    int i = 0;
    while (i + 1 < data.length) {
      int len = data[i] & 0xFF;
      if (len == 0 || i + 1 + len > data.length) {
        break;
      }
      int type = data[i + 1] & 0xFF;
      int from = i + 2;
      int to = i + 1 + len;
      int width = type == 0x02 || type == 0x03 ? 2 : type == 0x04 || type == 0x05 ? 4 : 16;
      if (type >= 0x02 && type <= 0x07) {
        for (int p = from; p + width <= to; p += width) {
          out.add(uuidLittleEndian(data, p, width));
        }
      }
      i = to;
    }
    return out;
  }

  /** The company ids of a payload's manufacturer specific data structures. */
  static List<Integer> manufacturers(byte[] data) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i + 1 < data.length) {
      int len = data[i] & 0xFF;
      if (len == 0 || i + 1 + len > data.length) {
        break;
      }
      if ((data[i + 1] & 0xFF) == 0xFF && len >= 3) {
        out.add((data[i + 2] & 0xFF) | (data[i + 3] & 0xFF) << 8);
      }
      i += 1 + len;
    }
    return out;
  }

  private static UUID uuidLittleEndian(byte[] data, int offset, int width) {
    if (width == 16) {
      long lo = 0;
      long hi = 0;
      for (int k = 7; k >= 0; k--) {
        lo = (lo << 8) | (data[offset + k] & 0xFF);
        hi = (hi << 8) | (data[offset + 8 + k] & 0xFF);
      }
      return new UUID(hi, lo);
    }
    long v = 0;
    for (int k = width - 1; k >= 0; k--) {
      v = (v << 8) | (data[offset + k] & 0xFF);
    }
    return Uuids.fromShort(v);
  }
}
