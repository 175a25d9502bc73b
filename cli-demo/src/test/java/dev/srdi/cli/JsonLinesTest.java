package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonLinesTest {
  private static final String GOOD = "{\"id\":\"L%d\",\"recognitions\":[{\"title\":\"SRDI_SME\",\"level\":\"PROVINCIAL\","
      + "\"date\":\"2023-06-30\"}]}";

  @Test
  void every_line_in_yields_one_line_out_in_order_and_an_invalid_line_an_error_in_its_place(@TempDir Path dir)
      throws Exception {
    String input = String.format(GOOD, 1) + "\n"
        + "{\"id\":\"L2\",\"financials\":[{\"year\":2023,\"revenue\":\"-1\"}]}\n"
        + "this is not json\n"
        + String.format(GOOD, 4) + "\n"
        + "\n"
        + String.format(GOOD, 6) + "\n";
    Path file = Cli.write(dir, "portfolio.jsonl", input);
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size(), r.out());
    assertEquals("L1", Json.mapper().readTree(lines.get(0)).get("id").asText());
    assertEquals("100000.00", Json.mapper().readTree(lines.get(0)).get("total").asText());

    JsonNode negative = Json.mapper().readTree(lines.get(1));
    assertEquals("L2", negative.get("id").asText());
    assertEquals(2, negative.get("line").asInt());
    assertEquals("financials[0].revenue: must not be negative", negative.get("error").asText());

    JsonNode garbage = Json.mapper().readTree(lines.get(2));
    assertTrue(garbage.get("id").isNull());
    assertEquals(3, garbage.get("line").asInt());
    assertTrue(garbage.get("error").asText().startsWith("$: invalid JSON"), garbage.toString());

    assertEquals("L4", Json.mapper().readTree(lines.get(3)).get("id").asText());
    assertEquals(5, Json.mapper().readTree(lines.get(4)).get("line").asInt());
    assertEquals("L6", Json.mapper().readTree(lines.get(5)).get("id").asText());

    assertEquals(1, r.exit(), "some lines were invalid");
    JsonNode summary = Json.mapper().readTree(r.err().strip());
    assertEquals(6, summary.get("lines").asInt());
    assertEquals(3, summary.get("invalid").asInt());
    assertEquals(3, summary.get("summary").get("enterprises").asInt());
    assertEquals("300000.00", summary.get("summary").get("total").asText());
  }

  @Test
  void a_clean_portfolio_exits_0_and_the_output_is_deterministic(@TempDir Path dir) {
    var generated = run("generate", "--enterprises", "40", "--seed", "11");
    assertEquals(0, generated.exit(), generated.err());
    Path file = Cli.write(dir, "generated.jsonl", generated.out());
    var first = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    var second = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    assertEquals(0, first.exit(), first.err() + first.out());
    assertEquals(40, first.out().lines().count());
    assertEquals(first.out(), second.out());
    assertFalse(first.out().contains("\"error\""));
  }

  @Test
  void table_and_csv_stream_one_row_per_line(@TempDir Path dir) {
    Path file = Cli.write(dir, "p.jsonl", String.format(GOOD, 1) + "\n{\"id\": 5}\n" + String.format(GOOD, 3) + "\n");
    var table = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31");
    assertEquals(1, table.exit());
    TableAssertions.assertAligned(table.out());
    assertEquals(3, table.out().lines().filter(l -> l.startsWith("|") && !l.contains("Line")).count(), table.out());
    assertTrue(table.out().contains("ERROR id: must be a string"), table.out());

    var csv = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "csv");
    assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("2,,error,")), csv.out());
  }

  @Test
  void a_jsonl_scenario_needs_as_of(@TempDir Path dir) {
    Path file = Cli.write(dir, "p.jsonl", String.format(GOOD, 1) + "\n");
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "-f", "json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--as-of"), r.err());
  }

  @Test
  void validate_reports_every_bad_line_of_a_jsonl_file_by_line(@TempDir Path dir) {
    Path file = Cli.write(dir, "p.jsonl", String.format(GOOD, 1) + "\n{\"id\":\"B\",\"industry\":\"MINING\"}\n"
        + String.format(GOOD, 1) + "\n");
    var r = run("validate", "-s", file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("industry: must be one of INDUSTRIAL, TRADE_LOGISTICS, CONSTRUCTION, SERVICE, not 'MINING' (line 2)"),
        r.err());
    assertTrue(r.err().contains("duplicate enterprise id 'L1' (also line 1) (line 3)"), r.err());
  }

  @Test
  void a_line_of_another_jurisdiction_keeps_its_place_as_a_skipped_line(@TempDir Path dir) throws Exception {
    Path file = Cli.write(dir, "mixed.jsonl", """
        {"id": "OWN", "jurisdiction": "testland"}
        {"id": "AWAY", "jurisdiction": "zhanjiang"}
        {"id": "NONE"}
        """);
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    JsonNode skipped = Json.mapper().readTree(lines.get(1));
    assertEquals("AWAY", skipped.get("id").asText());
    assertEquals(2, skipped.get("line").asInt());
    assertTrue(skipped.get("skipped").asText().contains("declares jurisdiction zhanjiang"), lines.get(1));
    assertTrue(r.err().contains("\"skipped\":1"), r.err());

    var all = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json",
        "--all-enterprises");
    assertTrue(all.out().lines().noneMatch(l -> l.contains("\"skipped\"")), all.out());
  }

  @Test
  void a_repeated_id_yields_an_error_line_as_validate_reports_it(@TempDir Path dir) throws Exception {
    Path file = Cli.write(dir, "dup.jsonl", String.format(GOOD, 1) + "\n" + String.format(GOOD, 2) + "\n"
        + String.format(GOOD, 1) + "\n");
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    JsonNode repeated = Json.mapper().readTree(lines.get(2));
    assertEquals("L1", repeated.get("id").asText());
    assertEquals(3, repeated.get("line").asInt());
    assertEquals("id: duplicate enterprise id 'L1' (also line 1)", repeated.get("error").asText());
    JsonNode summary = Json.mapper().readTree(r.err().strip());
    assertEquals(1, summary.get("invalid").asInt());
    assertEquals(2, summary.get("summary").get("enterprises").asInt(), "the repeated enterprise is not counted twice");
    assertEquals("200000.00", summary.get("summary").get("total").asText());
  }

  @Test
  void an_id_first_seen_on_an_invalid_line_is_a_duplicate_on_a_later_line_as_validate_reports_it(@TempDir Path dir)
      throws Exception {
    Path file = Cli.write(dir, "dup.jsonl", "{\"id\":\"L1\",\"industry\":\"MINING\"}\n" + String.format(GOOD, 2) + "\n"
        + String.format(GOOD, 1) + "\n");
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertEquals("id: duplicate enterprise id 'L1' (also line 1)", Json.mapper().readTree(lines.get(2)).get("error").asText());
    JsonNode summary = Json.mapper().readTree(r.err().strip());
    assertEquals(2, summary.get("invalid").asInt());
    assertEquals(1, summary.get("summary").get("enterprises").asInt());
    var checked = run("validate", "-s", file.toString());
    assertTrue(checked.err().contains("duplicate enterprise id 'L1' (also line 1) (line 3)"), checked.err());
  }

  @Test
  void a_line_that_is_not_utf8_yields_an_error_line_and_the_others_are_evaluated(@TempDir Path dir) throws Exception {
    byte[] good = (String.format(GOOD, 1) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] latin1 = "{\"id\":\"L2\",\"name\":\"Caf\u00e9\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] last = (String.format(GOOD, 3) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path file = dir.resolve("latin1.jsonl");
    try (var out = java.nio.file.Files.newOutputStream(file)) {
      out.write(good);
      out.write(latin1);
      out.write(last);
    }
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertEquals("L1", Json.mapper().readTree(lines.get(0)).get("id").asText());
    JsonNode bad = Json.mapper().readTree(lines.get(1));
    assertEquals(2, bad.get("line").asInt());
    assertTrue(bad.get("id").isNull(), bad.toString());
    assertTrue(bad.get("error").asText().startsWith("$: not UTF-8 text (byte "), bad.toString());
    assertEquals("L3", Json.mapper().readTree(lines.get(2)).get("id").asText());

    var validate = run("validate", "-s", file.toString());
    assertEquals(2, validate.exit());
    assertEquals("", validate.out());
    assertTrue(validate.err().contains("is not part of a UTF-8 character) (line 2)"), validate.err());
  }
}
