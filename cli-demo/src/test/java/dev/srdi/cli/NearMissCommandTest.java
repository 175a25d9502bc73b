package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code srdi evaluate --near-miss PCT}: the awards just missed, what each would pay, and the cost by fund. */
final class NearMissCommandTest {
  private static final String GUILIN = Path.of("..", "seeds", "examples", "guilin.json").toString();
  private static final String XIANGXIANG = Path.of("..", "seeds", "examples", "xiangxiang.json").toString();

  @Test
  void guilins_example_has_one_growth_award_missed_by_a_hundredth_of_a_point_of_tax_growth() throws Exception {
    Cli.Run r = Cli.run("evaluate", "-j", "guilin", "-s", GUILIN, "--near-miss", "10", "-f", "json");

    assertEquals(0, r.exit(), r.err());
    JsonNode root = Json.mapper().readTree(r.out());
    assertEquals("10", root.get("nearMissPercent").asText());
    assertEquals(1, root.get("nearMisses").size(), r.out());
    JsonNode miss = root.get("nearMisses").get(0);
    assertEquals("GL-006", miss.get("enterprise").asText());
    assertEquals("guilin.growth-award", miss.get("measure").asText());
    assertEquals("tax growth 2025", miss.get("condition").get("fact").asText());
    assertEquals("0.01", miss.get("condition").get("shortfall").asText());
    assertEquals("38999.96", miss.get("amount").asText());
    assertEquals("38999.96", root.get("total").asText());
    assertEquals("38999.96", root.get("costByFundingSource").elements().next().asText());
  }

  @Test
  void a_smaller_percentage_keeps_fewer_and_zero_keeps_none() {
    Cli.Run ten = Cli.run("evaluate", "-j", "xiangxiang", "-s", XIANGXIANG, "--near-miss", "10", "-f", "csv");
    Cli.Run zero = Cli.run("evaluate", "-j", "xiangxiang", "-s", XIANGXIANG, "--near-miss", "0", "-f", "csv");

    assertEquals(0, ten.exit(), ten.err());
    assertTrue(ten.out().lines().anyMatch(l -> l.startsWith("XX-006,xiangxiang.digital.cloud-adoption,2023,base,")),
        ten.out());
    assertEquals(1, zero.out().lines().count(), "only the header: " + zero.out());
  }

  @Test
  void the_table_lists_what_is_missing_and_the_cost_to_each_fund() {
    Cli.Run r = Cli.run("evaluate", "-j", "guilin", "-s", GUILIN, "--near-miss", "10");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("awards missed by at most 10% of one condition"), r.out());
    assertTrue(r.out().contains("unmet: tax growth 2025 9.99%"), r.out());
    assertTrue(r.out().contains("38,999.96"), r.out());
    TableAssertions.assertAligned(r.out());
  }

  @Test
  void a_percentage_outside_0_to_100_or_a_year_is_a_usage_error() {
    assertEquals(2, Cli.run("evaluate", "-j", "guilin", "-s", GUILIN, "--near-miss", "101").exit());
    assertEquals(2, Cli.run("evaluate", "-j", "guilin", "-s", GUILIN, "--near-miss", "-1").exit());
    assertEquals(2, Cli.run("evaluate", "-j", "guilin", "-s", GUILIN, "--near-miss", "5", "--year", "2024").exit());
  }
}
