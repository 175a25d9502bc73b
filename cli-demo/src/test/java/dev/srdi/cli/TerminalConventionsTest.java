package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import dev.srdi.cli.text.DisplayWidth;
import dev.srdi.cli.text.Screen;
import org.junit.jupiter.api.Test;

/** What a shell user expects: `help`, shell completion, `-s -` for the standard input, and CSV that Excel reads. */
final class TerminalConventionsTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");

  @Test
  void help_names_a_command_and_prints_its_usage() {
    var r = run("help", "sweep");
    assertEquals(0, r.exit(), r.err());
    assertEquals(run("sweep", "--help").out(), r.out());
  }

  @Test
  void generate_completion_prints_a_bash_script_that_knows_the_commands() {
    var r = run("generate-completion");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
    assertTrue(r.out().contains("sweep") && r.out().contains("whatif") && r.out().contains("--reform"), "commands and options");
  }

  @Test
  void a_dash_reads_the_scenario_from_the_standard_input_as_json_or_as_json_lines() throws IOException {
    String file = EXAMPLES.resolve("guilin.json").toString();
    var fromFile = run("evaluate", "-j", "guilin", "-s", file, "-f", "json");
    var fromStdin = withStdin(Files.readAllBytes(Path.of(file)), () -> run("evaluate", "-j", "guilin", "-s", "-", "-f", "json"));
    assertEquals(0, fromStdin.exit(), fromStdin.err());
    assertEquals(fromFile.out(), fromStdin.out());
    Path portfolio = EXAMPLES.resolve("portfolio.jsonl");
    var lines = run("evaluate", "-j", "guilin", "-s", portfolio.toString(), "--as-of", "2025-12-31", "-f", "json");
    var linesFromStdin = withStdin(Files.readAllBytes(portfolio), () -> run("evaluate", "-j", "guilin", "-s", "-",
        "--stdin-format", "jsonl", "--as-of", "2025-12-31", "-f", "json"));
    assertEquals(0, linesFromStdin.exit(), linesFromStdin.err());
    assertEquals(lines.out(), linesFromStdin.out());
    var notJson = withStdin(Files.readAllBytes(portfolio), () -> run("evaluate", "-j", "guilin", "-s", "-",
        "--as-of", "2025-12-31"));
    assertEquals(2, notJson.exit(), "JSON Lines read as one document are invalid input");
  }

  @Test
  void excel_csv_starts_with_a_byte_order_mark_and_ends_lines_with_crlf_streamed_or_not() {
    String portfolio = EXAMPLES.resolve("portfolio.jsonl").toString();
    var plain = run("whatif", "-s", portfolio, "--as-of", "2025-12-31", "-f", "csv");
    var excel = run("whatif", "-s", portfolio, "--as-of", "2025-12-31", "-f", "csv", "--excel");
    assertEquals(0, excel.exit(), excel.err());
    assertEquals("\uFEFF" + plain.out().replace("\n", "\r\n"), excel.out());
    var streamed = run("evaluate", "-j", "guilin", "-s", portfolio, "--as-of", "2025-12-31", "-f", "csv");
    var streamedExcel = run("evaluate", "-j", "guilin", "-s", portfolio, "--as-of", "2025-12-31", "-f", "csv", "--excel");
    assertEquals("\uFEFF" + streamed.out().replace("\n", "\r\n"), streamedExcel.out());
    var notCsv = run("whatif", "-s", portfolio, "--as-of", "2025-12-31", "--excel");
    assertEquals(2, notCsv.exit());
    assertTrue(notCsv.err().contains("-f csv"), notCsv.err());
  }

  @Test
  void width_fits_every_table_to_the_screen_and_without_it_the_layout_is_unchanged() {
    var natural = run("measures", "-j", "guilin");
    var narrow = run("measures", "-j", "guilin", "--width", "80");
    assertEquals(0, narrow.exit(), narrow.err());
    assertTrue(natural.out().lines().anyMatch(l -> DisplayWidth.of(l) > 80), "the catalogue is wider than 80 by itself");
    for (var table : Cli.tables(narrow.out())) {
      for (String line : table) {
        assertTrue(DisplayWidth.of(line) <= 80, line);
      }
    }
    assertEquals(Cli.tables(natural.out()).size(), Cli.tables(narrow.out()).size(), "the same tables, narrower");
    assertEquals(natural.out(), run("measures", "-j", "guilin", "--width", "1000").out());
    assertEquals(2, run("measures", "-j", "guilin", "--width", "0").exit());
  }

  @Test
  void ambiguous_wide_pads_the_tables_for_a_terminal_that_draws_quotes_and_dashes_two_wide() {
    var plain = run("measures", "-j", "guilin");
    var wide = run("measures", "-j", "guilin", "--ambiguous-wide");
    assertEquals(0, wide.exit(), wide.err());
    assertTrue(wide.out().contains("“"), "the catalogue quotes “专精特新”");
    Screen cjk = new Screen(OptionalInt.empty(), true);
    for (var table : Cli.tables(wide.out())) {
      long widths = Screen.during(cjk, () -> table.stream().mapToInt(DisplayWidth::of).distinct().count());
      assertEquals(1, widths, "every line of a table is as wide as its border on such a terminal: " + table);
    }
    assertTrue(!plain.out().equals(wide.out()), "the padding differs from a terminal that draws them narrow");
  }

  private static Cli.Run withStdin(byte[] input, java.util.function.Supplier<Cli.Run> command) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input));
    try {
      return command.get();
    } finally {
      System.setIn(before);
    }
  }
}
