package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.gatt.format.GattFormatType;
import io.gattscope.gatt.format.PresentationFormat;
import io.gattscope.gatt.format.ValueFormatException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A characteristic's value as its Presentation Format descriptor (0x2904) gives it, for JSON: a
 * number at the resolution the exponent implies ({@code 2345} with exponent -2 is {@code 23.45},
 * {@code 2340} is {@code 23.40}) and the unit symbol.
 */
final class PresentationValue {
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final PresentationFormat format;

  PresentationValue(PresentationFormat format) {
    this.format = format;
  }

  /**
   * Reads {@code c}'s 0x2904 descriptor; empty when it has none, its format is not one number, or
   * the read fails (said on {@code err}: the value is still printed, without a number).
   */
  static Optional<PresentationValue> read(
      BleDevice device, GattCharacteristic c, Duration timeout, PrintStream err) {
    Optional<GattDescriptor> d = c.descriptor(GattDescriptor.PRESENTATION_FORMAT);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    PresentationFormat pf;
    try {
      pf =
          PresentationFormat.parse(
              Futures.await(
                  device.readHandleAsync(d.get().handle()),
                  timeout,
                  "reading the Presentation Format (0x2904)"));
    } catch (RuntimeException e) {
      err.println("gattscope: could not read the Presentation Format (0x2904): " + e.getMessage());
      return Optional.empty();
    }
    GattFormatType t = pf.type().orElse(GattFormatType.STRUCT);
    if (t.size() == 0 || t == GattFormatType.DUINT16 || t == GattFormatType.BOOLEAN) {
      return Optional.empty();
    }
    return Optional.of(new PresentationValue(pf));
  }

  /**
   * The value as a JSON number at the exponent's resolution, {@code null} for a special value (NaN,
   * NRes, an infinity), or empty when the value does not have the format's length.
   */
  Optional<String> number(byte[] value) {
    String text;
    try {
      text = format.formatValue(value);
    } catch (ValueFormatException e) {
      return Optional.empty();
    }
    return Optional.of(JSON_NUMBER.matcher(text).matches() ? text : "null");
  }

  /** The unit symbol, "" when the descriptor names none. */
  String unit() {
    return format.unitSymbol();
  }

  /** Appends {@code ,"number":…} and {@code ,"unit":"…"} (when there is a unit) to a JSON line. */
  void appendJson(StringBuilder line, byte[] value) {
    Optional<String> n = number(value);
    if (n.isEmpty()) {
      return;
    }
    line.append(",\"number\":").append(n.get());
    if (!unit().isEmpty()) {
      line.append(",\"unit\":");
      Json.quote(line, unit());
    }
  }
}
