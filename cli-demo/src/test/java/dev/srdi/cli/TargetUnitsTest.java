package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `srdi targets` says what its numbers count: a share in percent, a factor, a count. */
final class TargetUnitsTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");

  private static JsonNode target(JsonNode report, String id) {
    for (JsonNode t : report.get("targets")) {
      if (t.get("id").asText().equals(id)) {
        return t;
      }
    }
    throw new AssertionError("no target " + id + " in " + report);
  }

  @Test
  void a_count_target_has_unit_count_in_json_and_csv_and_stays_plain_in_the_table() throws Exception {
    var json = run("targets", "-j", "testland", "-s", scenario("testland.json"), "--year", "2025", "-f", "json");
    assertEquals(0, json.exit(), json.err());
    JsonNode target = Json.mapper().readTree(json.out()).get("targets").get(0);
    assertEquals("count", target.get("unit").asText());
    assertEquals("2", target.get("required").asText(), "the value itself is unchanged");

    var csv = run("targets", "-j", "testland", "-s", scenario("testland.json"), "--year", "2025", "-f", "csv");
    var lines = csv.out().lines().toList();
    assertTrue(lines.get(0).endsWith(",note,unit"), lines.get(0));
    assertTrue(lines.get(1).startsWith("testland.target.srdi-firms,") && lines.get(1).endsWith(",count"), lines.get(1));

    var table = run("targets", "-j", "testland", "-s", scenario("testland.json"), "--year", "2025");
    assertTrue(table.out().contains("|        2 |       1 |   1 |"), table.out());
    TableAssertions.assertAligned(table.out());
  }

  @Test
  void a_share_reads_in_percent_and_a_doubling_as_a_factor() throws Exception {
    String xiangxiang = EXAMPLES.resolve("xiangxiang.json").toString();
    JsonNode share = target(Json.mapper().readTree(
        run("targets", "-j", "xiangxiang", "-s", xiangxiang, "--year", "2025", "-f", "json").out()),
        "xiangxiang.target.above-size.zone-share");
    assertEquals("percent", share.get("unit").asText());
    var table = run("targets", "-j", "xiangxiang", "-s", xiangxiang, "--year", "2025");
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().lines().anyMatch(l -> l.startsWith("| 经开区规模以上企业占比") && l.contains("|      70% |     75% |")),
        table.out());
    TableAssertions.assertAligned(table.out());

    String guilin = EXAMPLES.resolve("guilin.json").toString();
    JsonNode doubling = target(Json.mapper().readTree(
        run("targets", "-j", "guilin", "-s", guilin, "--year", "2025", "-f", "json").out()),
        "guilin.target.srdi-count-doubling");
    assertEquals("factor", doubling.get("unit").asText());
    var guilinTable = run("targets", "-j", "guilin", "-s", guilin, "--year", "2025");
    assertTrue(guilinTable.out().lines().anyMatch(l -> l.contains("|       ×2 |   ×1.25 | 0.75 |")), guilinTable.out());
    assertTrue(run("targets", "-j", "guilin", "-s", guilin, "--year", "2025", "-f", "csv").out().lines()
        .anyMatch(l -> l.startsWith("guilin.target.srdi-count-doubling,") && l.endsWith(",factor")));
    TableAssertions.assertAligned(guilinTable.out());
  }
}
