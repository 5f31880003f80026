package io.gattscope.gatt.decode;

import java.util.List;
import java.util.Optional;

/**
 * A decoded characteristic or descriptor value: its fields in payload order.
 *
 * @param fields the fields, including error fields for what could not be decoded
 */
public record Decoded(List<Field> fields) {
  /**
   * Copies the list.
   *
   * @param fields the fields in payload order; not {@code null}
   * @throws NullPointerException if {@code fields} is or holds {@code null}
   */
  public Decoded {
    fields = List.copyOf(fields);
  }

  /**
   * The numeric fields (errors left out), for charts.
   *
   * @return one channel per field with a number, in payload order; empty if none is numeric
   */
  public List<Channel> channels() {
    return fields.stream()
        .filter(f -> !f.error() && f.number().isPresent())
        .map(f -> new Channel(f.name(), f.unit(), f.number().getAsDouble()))
        .toList();
  }

  /**
   * True when some part of the payload could not be decoded.
   *
   * @return {@code true} if any field is an error field
   */
  public boolean hasError() {
    return fields.stream().anyMatch(Field::error);
  }

  /**
   * The first field with this name, if any.
   *
   * @param name the field name, exact and case-sensitive
   * @return the first field with that name, or empty
   */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * A one-line summary: {@code "Heart Rate: 72 bpm, Sensor Contact: detected"}.
   *
   * @return every field as {@code name: value unit}, joined with {@code ", "}
   */
  public String summary() {
    return appendSummary(new StringBuilder(64 * fields.size())).toString();
  }

  /**
   * Appends {@link #summary()}'s text to {@code sb} without building a string first.
   *
   * @param sb the builder to append to
   * @return {@code sb}, for chaining
   */
  public StringBuilder appendSummary(StringBuilder sb) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      fields.get(i).appendTo(sb);
    }
    return sb;
  }
}
