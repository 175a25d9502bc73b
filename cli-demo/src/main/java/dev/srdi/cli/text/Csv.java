package dev.srdi.cli.text;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 rows: a field with a comma, a quote or a line break is quoted, quotes doubled. */
public final class Csv {
  private Csv() {}

  public static String row(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\n";
  }

  public static String row(String... fields) {
    return row(List.of(fields));
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
