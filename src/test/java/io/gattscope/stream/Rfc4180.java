package io.gattscope.stream;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: fails on anything the RFC does not allow. */
public final class Rfc4180 {
  private Rfc4180() {}

  /**
   * Parses the whole text into records of fields; every record must end with CRLF.
   *
   * @throws IllegalArgumentException naming the offset of the first violation
   */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("unterminated quoted field at end, offset " + i);
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < n && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < n && ",\r\n\"".indexOf(text.charAt(i)) < 0) {
          field.append(text.charAt(i++));
        }
        if (i < n && text.charAt(i) == '"') {
          throw new IllegalArgumentException("quote inside an unquoted field at offset " + i);
        }
      }
      record.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        throw new IllegalArgumentException("last record has no CRLF, offset " + i);
      }
      char c = text.charAt(i);
      if (c == ',') {
        i++;
        if (i >= n) {
          throw new IllegalArgumentException("text ends after a comma");
        }
      } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i += 2;
        records.add(record);
        record = new ArrayList<>();
      } else {
        throw new IllegalArgumentException("bare CR or LF or junk after a field at offset " + i);
      }
    }
    return records;
  }
}
