package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidateCommandTest {

  @Test
  void a_valid_scenario_exits_0_and_says_what_it_holds() {
    var r = run("validate", "-s", scenario("testland.json"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("valid — 2 enterprise(s), 0 park(s), as of 2025-12-31"), r.out());
    assertTrue(run("validate", "-s", scenario("testland.json"), "-f", "json").out().contains("\"valid\": true"));
  }

  @Test
  void every_error_is_reported_at_once_by_path_and_line(@TempDir Path dir) {
    Path file = Cli.write(dir, "many.json", """
        {
          "schema": "srdi-scenario/2",
          "asOf": "2025-13-01",
          "enterprises": [
            {"id": "A", "industry": "MINING", "colour": "red",
             "recognitions": [{"title": "SRDI_SME", "level": "CITY", "date": "2023-01-01", "kind": "AGAIN"}],
             "financials": [{"year": 2023}, {"year": 2023, "employees": -3, "taxPaid": "1.005"}]},
            {"id": ""}
          ]
        }
        """);
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    for (String expected : new String[] {
        "schema: must be \"srdi-scenario/1\", not \"srdi-scenario/2\" (line 2)",
        "asOf: is not a date in the calendar: 2025-13-01 (line 3)",
        "enterprises[0].industry: must be one of INDUSTRIAL, TRADE_LOGISTICS, CONSTRUCTION, SERVICE, not 'MINING' (line 5)",
        "enterprises[0].colour: unknown field",
        "enterprises[0].recognitions[0].kind: must be one of NEW, RENEWAL, not 'AGAIN' (line 6)",
        "enterprises[0].financials[1].employees: must not be negative (line 7)",
        "enterprises[0].financials[1].taxPaid: has more than two decimals",
        "enterprises[1].id: must not be blank (line 8)"}) {
      assertTrue(r.err().contains(expected), "missing: " + expected + "\n" + r.err());
    }
  }

  @Test
  void broken_json_says_where_in_the_file_without_the_parsers_jargon(@TempDir Path dir) {
    Path file = Cli.write(dir, "broken.json", "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [\n");
    var r = run("validate", "--scenario", file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("invalid JSON: Unexpected end-of-input"), r.err());
    assertTrue(r.err().contains("line 1, column 46") && !r.err().contains("Source:"), r.err());
  }

  @Test
  void duplicate_years_and_ids_are_errors(@TempDir Path dir) {
    Path file = Cli.write(dir, "dup.json", """
        {"schema": "srdi-scenario/1", "enterprises": [
          {"id": "A", "financials": [{"year": 2023}, {"year": 2023}]},
          {"id": "B"},
          {"id": "B"}
        ]}
        """);
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("enterprises[0].financials[1].year: financials for 2023 are given twice"), r.err());
  }

  @Test
  void duplicate_enterprise_ids_are_errors(@TempDir Path dir) {
    Path file = Cli.write(dir, "dup.json", """
        {"schema": "srdi-scenario/1", "enterprises": [{"id": "B"}, {"id": "B"}]}
        """);
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("enterprises[1].id: duplicate id 'B' (also enterprises[0], line 1) (line 1)"), r.err());
  }

  @Test
  void an_endless_input_is_refused_with_a_clear_message_not_by_running_out_of_memory() {
    var r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> run("validate", "-s", "/dev/zero"));
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("/dev/zero: larger than 256 MiB; give a large portfolio as a .jsonl file"), r.err());
  }
}
