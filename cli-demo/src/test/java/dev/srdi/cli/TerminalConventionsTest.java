package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
