package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario saved by an editor that writes a UTF-8 byte-order mark reads as if it had none, line numbers unchanged. */
final class ByteOrderMarkTest {
  private static final String BOM = "\uFEFF";
  private static final String LINE = "{\"id\":\"L%d\",\"recognitions\":[{\"title\":\"SRDI_SME\",\"level\":\"PROVINCIAL\","
      + "\"date\":\"2023-06-30\"}]}";

  @Test
  void a_json_scenario_with_a_bom_validates_evaluates_and_reports_errors_on_the_right_line(@TempDir Path dir) {
    Path good = Cli.write(dir, "bom.json", BOM + "{\"schema\": \"srdi-scenario/1\", \"asOf\": \"2025-12-31\",\n"
        + " \"enterprises\": [" + String.format(LINE, 1) + "]}\n");
    var valid = run("validate", "-s", good.toString());
    assertEquals(0, valid.exit(), valid.err());
    var evaluated = run("evaluate", "-j", "testland", "-s", good.toString(), "-f", "json");
    assertEquals(0, evaluated.exit(), evaluated.err());
    assertTrue(evaluated.out().contains("\"id\" : \"L1\"") || evaluated.out().contains("\"id\": \"L1\""), evaluated.out());

    Path bad = Cli.write(dir, "bad.json", BOM + "{\n  \"schema\": \"srdi-scenario/1\",\n  \"asOf\": \"2025-13-01\",\n"
        + "  \"enterprises\": []\n}\n");
    var r = run("validate", "-s", bad.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("asOf: is not a date in the calendar: 2025-13-01 (line 3)"), r.err());
    assertTrue(!r.err().contains("65279"), r.err());
  }

  @Test
  void a_json_lines_scenario_skips_one_bom_on_its_first_line_only(@TempDir Path dir) throws Exception {
    Path file = Cli.write(dir, "bom.jsonl", BOM + String.format(LINE, 1) + "\n" + String.format(LINE, 2) + "\n");
    var valid = run("validate", "-s", file.toString());
    assertEquals(0, valid.exit(), valid.err());
    var r = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertEquals("L1", Json.mapper().readTree(lines.get(0)).get("id").asText());

    // A mark anywhere else is not a byte-order mark but a stray character: still an error, on its own line.
    Path inside = Cli.write(dir, "inside.jsonl", BOM + String.format(LINE, 1) + "\n" + BOM + String.format(LINE, 2) + "\n");
    var invalid = run("validate", "-s", inside.toString());
    assertEquals(2, invalid.exit());
    assertTrue(invalid.err().contains("(line 2)") && !invalid.err().contains("(line 1)"), invalid.err());
    var streamed = run("evaluate", "-j", "testland", "-s", inside.toString(), "--as-of", "2025-12-31", "-f", "json");
    JsonNode second = Json.mapper().readTree(streamed.out().lines().toList().get(1));
    assertEquals(2, second.get("line").asInt(), streamed.out());
    assertEquals("L1", Json.mapper().readTree(streamed.out().lines().toList().get(0)).get("id").asText());
  }
}
