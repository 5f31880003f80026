package io.gattscope.gatt.ad;

/** One AD structure (length, type, data) of advertising or scan-response data, decoded. */
public sealed interface AdStructure
    permits Flags,
        ServiceUuids,
        LocalName,
        TxPower,
        Appearance,
        ServiceData,
        ManufacturerData,
        ConnectionIntervalRange,
        Uri,
        LeRole,
        RawAdStructure,
        Malformed {

  /**
   * The AD type code (0x00 to 0xFF), or -1 for a malformed marker whose type was not read.
   *
   * @return the type code from the structure's second byte, or -1
   */
  int type();

  /**
   * A one-line human summary, e.g. {@code "Flags: LE General Discoverable"}.
   *
   * @return the type's name and its decoded content on one line; never {@code null}
   */
  String summary();
}
