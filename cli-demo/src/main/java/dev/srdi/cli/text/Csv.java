package dev.srdi.cli.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows: a field with a comma, a quote or a line break is quoted, quotes doubled. A field
 * that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
 * is neutralised as OWASP recommends, by a leading apostrophe inside quotes; plain numbers such as a
 * negative difference stay numbers.
 */
public final class Csv {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private Csv() {}

  public static String row(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\n";
  }

  public static String row(String... fields) {
    return row(List.of(fields));
  }

  static String field(String value) {
    if (looksLikeFormula(value)) {
      return "\"'" + value.replace("\"", "\"\"") + "\"";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static boolean looksLikeFormula(String value) {
    if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
      return false;
    }
    return !PLAIN_NUMBER.matcher(value).matches();
  }

}
