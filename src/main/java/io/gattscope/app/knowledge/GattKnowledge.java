package io.gattscope.app.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the app needs to know about Bluetooth numbers and value formats; implemented on top of the
 * {@code io.gattscope.gatt} package, with a hex-only fallback.
 */
public interface GattKnowledge {

  /** One AD structure of an advertising payload, ready to show. */
  record AdStructure(int type, String typeName, String summary, byte[] raw) {}

  /** One decoded field of a characteristic value. */
  record Field(String name, String value) {}

  /** The SIG name of a service type. */
  Optional<String> serviceName(UUID uuid);

  /** The SIG name of a characteristic type. */
  Optional<String> characteristicName(UUID uuid);

  /** The SIG name of a descriptor type. */
  Optional<String> descriptorName(UUID uuid);

  /** Every AD structure of a payload, in order. */
  List<AdStructure> advertising(byte[] payload);

  /** The company name (or id) of the payload's manufacturer data, if any. */
  Optional<String> company(byte[] payload);

  /** The service UUIDs the payload advertises, formatted for a column. */
  List<String> advertisedServices(byte[] payload);

  /** The value formats a user can pick, e.g. hex, utf8, uint16. */
  List<String> formats();

  /** True when a SIG decoder knows the characteristic's value layout. */
  boolean hasDecoder(UUID characteristic);

  /**
   * The value shown as a Presentation Format descriptor (0x2904, 7 bytes) says: scaled, with its
   * unit; text that explains the problem when it does not fit.
   */
  String formatPresentation(byte[] presentationFormat, byte[] value);

  /** The value in a format; text that explains the problem when it does not fit. */
  String format(String format, byte[] value);

  /**
   * Parses user input in a format.
   *
   * @throws IllegalArgumentException with a message fit to show under the input field
   */
  byte[] parse(String format, String text);

  /**
   * Parses user input as a Presentation Format descriptor (0x2904) says ({@code "23.45 °C"}).
   *
   * @throws IllegalArgumentException with a message fit to show under the input field
   */
  default byte[] parsePresentation(byte[] presentationFormat, String text) {
    return parse("hex", text);
  }

  /** The decoded fields of a SIG characteristic value; empty when none is known. */
  List<Field> decode(UUID characteristic, byte[] value);
}
