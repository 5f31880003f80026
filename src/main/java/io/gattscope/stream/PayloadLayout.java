package io.gattscope.stream;

import java.util.List;
import java.util.Objects;

/**
 * How a notification payload splits into numeric channels, parsed from a compact user spec.
 *
 * <p>Two spec forms are accepted. A spec containing {@code ':'} is the <b>named form</b>:
 *
 * <pre>
 * spec   := [order WS] item ("," item)*
 * order  := "le" | "be"                      default byte order of the fields (default le)
 * item   := field | pad
 * pad    := "pad" [N]                        skip N bytes (1..512, default 1)
 * field  := name ":" type [order] ["*" scale] [("+"|"-") offset] [unit] [marker]
 * name   := [A-Za-z_][A-Za-z0-9_.]*         unique within the layout
 * type   := u8 | i8 | u16 | i16 | u24 | i24 | u32 | i32 | u64 | i64 | f32 | f64
 * scale, offset := decimal number, e.g. 0.001, -1, 2.5e-3; value = raw * scale + offset
 * unit   := the rest of the item up to the next "," (trimmed), e.g. g, dps, °C
 * marker := "@seq" | "@time"                 at most one field: the device's time base
 * </pre>
 *
 * A field marked {@code @seq} is the device's sample counter (+1 per sample, wrapping at the raw
 * type's range): samples are timed by it and a jump counts the samples in between as device drops.
 * A field marked {@code @time} is the device's timestamp in its unit (s, ms, us or µs, after scale
 * and offset): samples are timed by it. Example: {@code ax:i16 mg, ay:i16 mg, seq:u16 @seq}.
 *
 * <p>Example: {@code ax:i16*0.001 g, ay:i16*0.001 g, t:i16be*0.01-40 °C, pad2, n:u8}. Whitespace is
 * allowed between tokens.
 *
 * <p>Any other spec is the <b>struct form</b>, like Python's {@code struct}: an optional byte order
 * {@code <} (little, the default, as in Bluetooth) or {@code >}/{@code !} (big), then codes {@code
 * b B h H i I l L q Q f d} (signed/unsigned 8, 16, 32, 32, 64 bit, float, double) and {@code x}
 * (pad byte), each with an optional repeat count, e.g. {@code <6h} or {@code >B 2x H}. Struct
 * channels are named {@code c0, c1, ...}. Native order ({@code @ =}) is rejected.
 *
 * <p>Layouts are immutable and thread-safe; {@link #decode} allocates nothing.
 */
public final class PayloadLayout implements ChannelDecoder {
  /** Largest payload a layout may describe: the maximum ATT attribute value length (512). */
  public static final int MAX_LENGTH = 512;

  private final List<LayoutItem> items;
  private final boolean structForm;
  private final List<LayoutField> fields;
  private final List<String> names;
  private final List<String> units;
  private final FieldType[] types;
  private final int[] offsets;
  private final boolean[] bigEndian;
  private final double[] scales;
  private final double[] adds;
  private final int minimumLength;
  private final TimeBase timeBase;

  private PayloadLayout(List<LayoutItem> items, boolean structForm) {
    this.items = List.copyOf(items);
    this.structForm = structForm;
    this.fields =
        this.items.stream()
            .filter(LayoutField.class::isInstance)
            .map(LayoutField.class::cast)
            .toList();
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a layout needs at least one numeric field");
    }
    if (fields.stream().map(LayoutField::name).distinct().count() != fields.size()) {
      throw new IllegalArgumentException("field names must be unique: " + this.items);
    }
    names = fields.stream().map(LayoutField::name).toList();
    units = fields.stream().map(LayoutField::unit).toList();
    int n = fields.size();
    types = new FieldType[n];
    offsets = new int[n];
    bigEndian = new boolean[n];
    scales = new double[n];
    adds = new double[n];
    int at = 0;
    int k = 0;
    for (LayoutItem item : this.items) {
      if (item instanceof LayoutField f) {
        types[k] = f.type();
        offsets[k] = at;
        bigEndian[k] = f.bigEndian();
        scales[k] = f.scale();
        adds[k] = f.offset();
        k++;
      }
      at += item.size();
    }
    if (at > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "layout needs " + at + " bytes, more than the " + MAX_LENGTH + " allowed");
    }
    minimumLength = at;
    TimeBase base = TimeBase.NONE;
    for (int i = 0; i < n; i++) {
      LayoutField f = fields.get(i);
      if (f.role() != FieldRole.VALUE) {
        double wrap =
            f.type() == FieldType.F32 || f.type() == FieldType.F64
                ? 0
                : Math.pow(2, 8.0 * f.type().size()) * Math.abs(f.scale());
        long nanos = f.role() == FieldRole.TIMESTAMP ? NamedSpecParser.nanosPerUnit(f.unit()) : 0;
        base = new TimeBase(i, f.role(), wrap, nanos);
      }
    }
    timeBase = base;
  }

  @Override
  public int decimals(int channel) {
    LayoutField f = fields.get(channel);
    if (f.type() == FieldType.F32 || f.type() == FieldType.F64) {
      return ValueFormat.SHORTEST;
    }
    return ValueFormat.decimalsOf(f.scale(), f.offset());
  }

  @Override
  public TimeBase timeBase() {
    return timeBase;
  }

  /**
   * Parses a spec in the named or struct form (see the class description).
   *
   * @param spec the layout spec; {@code null} or blank is rejected
   * @return the layout, equal to any other layout parsed from the same spec
   * @throws LayoutSpecException with the position and reason when the spec is malformed
   * @throws IllegalArgumentException if the spec has no numeric field, repeats a field name or
   *     needs more than {@link #MAX_LENGTH} bytes
   */
  public static PayloadLayout parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new LayoutSpecException(spec == null ? "" : spec, 0, "empty layout spec");
    }
    if (spec.indexOf(':') >= 0) {
      return new PayloadLayout(NamedSpecParser.parse(spec), false);
    }
    return new PayloadLayout(StructSpecParser.parse(spec), true);
  }

  /**
   * A layout of the given items, written in the named form by {@link #toSpec()}.
   *
   * @param items the fields and paddings in payload order, with at least one field
   * @return the layout
   * @throws NullPointerException if {@code items} is {@code null}
   * @throws IllegalArgumentException if there is no field, names repeat, or the items need more
   *     than {@link #MAX_LENGTH} bytes
   */
  public static PayloadLayout of(List<LayoutItem> items) {
    return new PayloadLayout(Objects.requireNonNull(items, "items"), false);
  }

  /**
   * The fields and paddings in payload order.
   *
   * @return an unmodifiable list
   */
  public List<LayoutItem> items() {
    return items;
  }

  /**
   * The numeric fields in payload order, one per channel.
   *
   * @return an unmodifiable list, at least one field
   */
  public List<LayoutField> fields() {
    return fields;
  }

  /**
   * Spec text that {@link #parse} turns back into an equal layout (same form as parsed).
   *
   * @return the spec text
   */
  public String toSpec() {
    return structForm ? StructSpecParser.format(items) : NamedSpecParser.format(items);
  }

  /**
   * Bytes a payload needs for every channel to decode.
   *
   * @return the sum of the item sizes, 1 to {@link #MAX_LENGTH}
   */
  public int minimumLength() {
    return minimumLength;
  }

  @Override
  public int channelCount() {
    return types.length;
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public List<String> units() {
    return units;
  }

  @Override
  public int decode(byte[] payload, double[] out) {
    if (out.length < types.length) {
      throw new IllegalArgumentException(
          "output array has " + out.length + " slots, layout has " + types.length + " channels");
    }
    int length = payload == null ? 0 : payload.length;
    for (int i = 0; i < types.length; i++) {
      int at = offsets[i];
      if (at + types[i].size() > length) {
        return i;
      }
      out[i] = types[i].read(payload, at, bigEndian[i]) * scales[i] + adds[i];
    }
    return types.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PayloadLayout other
        && structForm == other.structForm
        && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + Boolean.hashCode(structForm);
  }

  @Override
  public String toString() {
    return "PayloadLayout[" + toSpec() + "]";
  }
}
