package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.util.Arrays;
import java.util.Optional;

/**
 * Manufacturer specific data (type 0xFF).
 *
 * @param companyId the SIG company identifier (0 to 65535)
 * @param data the bytes after the company identifier
 * @param decoded Apple continuity / iBeacon or a Microsoft beacon, if understood
 */
public record ManufacturerData(int companyId, byte[] data, Optional<DecodedPayload> decoded)
    implements AdStructure {

  static ManufacturerData of(int companyId, byte[] data) {
    Optional<DecodedPayload> decoded =
        switch (companyId) {
          case AppleContinuity.COMPANY_ID -> Optional.of(AppleContinuity.decode(data));
          case MicrosoftBeacon.COMPANY_ID -> MicrosoftBeacon.decode(data).map(d -> d);
          default -> Optional.empty();
        };
    return new ManufacturerData(companyId, data, decoded);
  }

  @Override
  public int type() {
    return AdType.MANUFACTURER_DATA;
  }

  /**
   * The company's name from the Bluetooth numbers database, with its id.
   *
   * @return {@code "Name (0xNNNN)"}, or {@code "Unknown company (0xNNNN)"} when the id is not
   *     assigned
   */
  public String companyName() {
    return Names.company(companyId);
  }

  @Override
  public String summary() {
    String body =
        decoded
            .map(DecodedPayload::summary)
            .filter(s -> !s.isEmpty())
            .orElse(data.length == 0 ? "(empty)" : Hex.format(data));
    return "Manufacturer data: " + companyName() + " " + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ManufacturerData m
        && m.companyId == companyId
        && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * companyId + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "ManufacturerData[" + summary() + "]";
  }
}
