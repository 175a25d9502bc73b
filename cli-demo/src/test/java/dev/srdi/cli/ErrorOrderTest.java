package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input errors are listed as the file reads: by line, then by JSON path, by every command that reads a scenario. */
final class ErrorOrderTest {
  private static final Pattern LINE = Pattern.compile("\\(line (\\d+)\\)$");

  private static final String MANY = """
      {
        "schema": "srdi-scenario/2",
        "asOf": "2025-13-01",
        "enterprises": [
          {"id": "A", "industry": "MINING", "colour": "red",
           "recognitions": [{"title": "SRDI_SME", "level": "CITY", "date": "2023-01-01", "kind": "AGAIN"}],
           "financials": [{"year": 2023}, {"year": 2023, "employees": -3, "taxPaid": "1.005"}]},
          {"id": ""},
          {"id": "C", "financials": [
              {"year": 2023, "revenue": "-1"}],
            "achievements": [{"type": "NOPE", "date": "2024-01-01"}]},
          {"id": "D",
           "foo": 1}
        ]
      }
      """;

  /** The error lines of stderr (the indented ones under "invalid input"). */
  private static List<String> errors(String err) {
    return err.lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
  }

  private static void assertInFileOrder(List<String> errors) {
    int previous = 0;
    for (String e : errors) {
      Matcher m = LINE.matcher(e);
      assertTrue(m.find(), "no line in: " + e);
      int line = Integer.parseInt(m.group(1));
      assertTrue(line >= previous, "line " + line + " after line " + previous + ":\n" + String.join("\n", errors));
      previous = line;
    }
  }

  @Test
  void validate_lists_errors_by_line_then_by_path(@TempDir Path dir) {
    Path file = Cli.write(dir, "many.json", MANY);
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    List<String> errors = errors(r.err());
    assertEquals(11, errors.size(), r.err());
    assertInFileOrder(errors);
    // Line 5 holds two errors: by path, colour before industry.
    assertTrue(errors.get(2).startsWith("enterprises[0].colour:") && errors.get(3).startsWith("enterprises[0].industry:"),
        r.err());
    assertTrue(errors.get(4).startsWith("enterprises[0].recognitions[0].kind:"), r.err());
    assertTrue(errors.get(5).startsWith("enterprises[0].financials[1].employees:")
        && errors.get(6).startsWith("enterprises[0].financials[1].taxPaid:"), r.err());
    assertTrue(errors.get(10).startsWith("enterprises[3].foo:"), r.err());
  }

  @Test
  void every_command_that_reads_the_scenario_lists_them_in_the_same_order(@TempDir Path dir) {
    Path file = Cli.write(dir, "many.json", MANY);
    List<String> expected = errors(run("validate", "-s", file.toString()).err());
    for (String[] args : List.of(
        new String[] {"evaluate", "-j", "testland", "-s", file.toString()},
        new String[] {"compare", "-s", file.toString()},
        new String[] {"whatif", "-j", "testland", "-s", file.toString()},
        new String[] {"targets", "-j", "testland", "-s", file.toString(), "--year", "2025"})) {
      var r = run(args);
      assertEquals(2, r.exit(), args[0]);
      assertEquals("", r.out(), args[0]);
      assertEquals(expected, errors(r.err()), args[0]);
    }
  }

  @Test
  void on_one_line_enterprises_come_in_their_order_not_the_alphabets(@TempDir Path dir) {
    var enterprises = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      enterprises.append(i == 0 ? "" : ",").append(i == 2 || i == 10 ? "{\"id\": \"\"}" : "{\"id\": \"E" + i + "\"}");
    }
    Path file = Cli.write(dir, "one-line.json",
        "{\"schema\": \"srdi-scenario/1\", \"asOf\": \"2025-12-31\", \"enterprises\": [" + enterprises + "]}\n");
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    List<String> errors = errors(r.err());
    assertEquals(2, errors.size(), r.err());
    assertTrue(errors.get(0).startsWith("enterprises[2].id:") && errors.get(1).startsWith("enterprises[10].id:"), r.err());
  }
}
