package io.gattscope.app.chart;

import io.gattscope.gatt.format.Hex;
import io.gattscope.stream.PayloadLayout;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** What the layout picker shows of the last payload: its hex bytes and each field's value. */
public final class PayloadPreview {
  private PayloadPreview() {}

  /** "last payload, 8 bytes: FB FF ..." with a note when the layout needs more bytes. */
  public static String payloadText(byte[] payload, PayloadLayout layout) {
    if (payload == null) {
      return "no notification received yet";
    }
    int need = layout == null ? 0 : layout.minimumLength();
    return "last payload, "
        + payload.length
        + " bytes: "
        + Hex.format(payload)
        + (payload.length < need ? " (shorter than the " + need + " the layout needs)" : "");
  }

  /**
   * Sets each field row's preview to its value and unit decoded from {@code payload}, "—" when the
   * payload is too short for it, and "" without a payload, for padding rows or an invalid layout.
   */
  public static void fill(List<LayoutPickerRow> rows, PayloadLayout layout, byte[] payload) {
    double[] values = layout == null ? new double[0] : new double[layout.channelCount()];
    int decoded = layout == null || payload == null ? 0 : layout.decode(payload, values);
    int k = 0;
    for (LayoutPickerRow row : rows) {
      if (layout == null || row.isPadding()) {
        row.setPreview("");
        continue;
      }
      String unit = layout.units().get(k);
      String value = k < decoded ? format(values[k]) + (unit.isEmpty() ? "" : " " + unit) : "—";
      row.setPreview(payload == null ? "" : value);
      k++;
    }
  }

  /** At most six significant digits, plain notation for everyday magnitudes. */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (!Double.isFinite(v) || a >= 1e9 || a < 1e-6) {
      return String.format(Locale.ROOT, "%.5e", v);
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
