package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code srdi whatif} without -j: the whole mixed portfolio, every enterprise under its own city, with reforms and budgets. */
final class WhatIfEveryCityTest {
  private static final String PORTFOLIO = Path.of("..", "seeds", "examples", "portfolio.jsonl").toString();
  private static final String REFORM = Path.of("..", "seeds", "examples", "reforms", "guilin-growth-5permille.yaml").toString();

  @Test
  void every_enterprise_is_counted_once_under_its_city_and_the_fund_year_table_adds_up() throws Exception {
    var r = run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--reform", REFORM, "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.mapper().readTree(r.out());
    assertEquals(60, doc.get("enterprises").size(), "the 60 firms of the example portfolio, none left out");
    for (JsonNode e : doc.get("enterprises")) {
      assertTrue(List.of("guilin", "xiangxiang", "zhanjiang").contains(e.get("jurisdiction").asText()));
    }
    for (String side : List.of("baseline", "variant", "difference")) {
      BigDecimal cells = BigDecimal.ZERO;
      for (JsonNode c : doc.get("fundYears")) {
        cells = cells.add(new BigDecimal(c.get(side).asText()));
      }
      BigDecimal enterprises = BigDecimal.ZERO;
      for (JsonNode e : doc.get("enterprises")) {
        enterprises = enterprises.add(new BigDecimal(e.get(side).asText()));
      }
      assertEquals(new BigDecimal(doc.get("total").get(side).asText()), cells, side);
      assertEquals(cells, enterprises, side);
    }
    for (JsonNode f : doc.get("funds")) {
      assertTrue(f.get("id").asText().matches("[a-z]+\\.(fund-[0-9]+|not-stated)"), f.toString());
      assertTrue(f.get("name").asText().length() > f.get("id").asText().length() || f.get("id").asText().endsWith("not-stated"));
    }
    JsonNode check = doc.get("budgets").get("checks").get(0);
    assertEquals("over", check.get("status").asText());
    assertEquals(new BigDecimal(check.get("budget").asText()).subtract(new BigDecimal(check.get("cost").asText())),
        new BigDecimal(check.get("headroom").asText()));
    assertTrue(doc.get("budgets").get("note").asText().contains("do not say what happens when a fund runs out"));
  }

  @Test
  void a_budget_on_the_command_line_joins_the_reform_files_and_the_table_and_csv_show_it() {
    var table = run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--reform", REFORM,
        "--budget", "zhanjiang.fund-1=1000000@2023");
    assertEquals(0, table.exit(), table.err());
    TableAssertions.assertAligned(table.out());
    assertTrue(table.out().contains("| zhanjiang.fund-1 |      2023 |"), table.out());
    var csv = run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--all-jurisdictions",
        "--budget", "zhanjiang.fund-1=1000000@2023", "-f", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(csv.out().contains("\nbudget,zhanjiang.fund-1,,2023,1000000.00,1500000.00,-500000.00,over\n"), csv.out());
    assertTrue(csv.out().contains("\noverByMeasure,zhanjiang.tier-award.provincial-srdi,,2023,,1000000.00,,zhanjiang.fund-1\n"), csv.out());
  }

  @Test
  void mistakes_are_usage_errors(@TempDir Path dir) {
    var both = run("whatif", "-j", "guilin", "--all-jurisdictions", "-s", PORTFOLIO, "--as-of", "2025-12-31");
    assertEquals(2, both.exit());
    var budgetOneCity = run("whatif", "-j", "guilin", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--budget", "guilin.fund-1=5");
    assertEquals(2, budgetOneCity.exit());
    var badBudget = run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--budget", "guilin.fund-1=五万");
    assertEquals(2, badBudget.exit());
    assertTrue(badBudget.err().contains("FUND=AMOUNT"), badBudget.err());
    var twice = run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--reform", REFORM,
        "--set", "guilin.growth-award.rate=4‰");
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("guilin.growth-award.rate"), twice.err());
    Path bad = Cli.write(dir, "bad.yaml", "schema: srdi-reform/1\nparameters:\n  guilin.growth-award.rate: [5]\n");
    var invalid = run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--reform", bad.toString());
    assertEquals(2, invalid.exit());
    assertEquals("", invalid.out());
    assertTrue(invalid.err().contains("parameters.guilin.growth-award.rate: must be a JSON object (line 3)"), invalid.err());
  }
}
