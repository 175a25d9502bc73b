package dev.srdi.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting, and spreadsheet formula injection neutralised as OWASP recommends. */
final class CsvTest {

  @Test
  void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
    assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\n", Csv.row("a", "b,c", "say \"hi\"", "x\ny"));
  }

  @Test
  void a_field_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe_inside_quotes() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"\n", Csv.row("=HYPERLINK(\"http://x\")"));
    assertEquals("\"'+1+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\"\n", Csv.row("+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"));
  }

  @Test
  void plain_numbers_stay_numbers_even_when_negative() {
    assertEquals("-150000.00,+3,42,0.5\n", Csv.row("-150000.00", "+3", "42", "0.5"));
  }
}
