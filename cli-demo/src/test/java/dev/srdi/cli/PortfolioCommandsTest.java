package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import org.junit.jupiter.api.Test;

/** compare, whatif and targets: the commands that read a whole portfolio. */
final class PortfolioCommandsTest {

  @Test
  void compare_puts_every_loaded_jurisdiction_side_by_side_with_totals() throws Exception {
    var r = run("compare", "-s", scenario("testland.json"), "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode out = Json.mapper().readTree(r.out());
    int loaded = Json.mapper().readTree(run("jurisdictions", "-f", "json").out()).get("jurisdictions").size();
    assertEquals(loaded, out.get("jurisdictions").size());
    assertEquals(loaded, out.get("evaluations").size());
    assertEquals("580000.00", out.get("enterprises").get(0).get("totals").get("testland").asText());
    assertEquals("0.00", out.get("enterprises").get(1).get("totals").get("testland").asText());
    for (JsonNode j : out.get("jurisdictions")) {
      if (j.get("id").asText().equals("testland")) {
        assertEquals("580000.00", j.get("total").asText());
      }
    }
    assertEquals(r.out(), run("compare", "-s", scenario("testland.json"), "-f", "json").out());

    var table = run("compare", "-s", scenario("testland.json"));
    assertTrue(table.out().contains("测试市 Testland") && table.out().contains("Total 合计"), table.out());
    TableAssertions.assertAligned(table.out());
    assertTrue(run("compare", "-s", scenario("testland.json"), "-f", "csv").out().lines()
        .anyMatch(l -> l.startsWith("total,,,")));
  }

  @Test
  void whatif_shows_baseline_variant_and_difference_per_enterprise_in_total_and_by_fund() throws Exception {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "--set", "testland.srdi-award.amount=15万",
        "--set", "testland.cloud-subsidy.rate=20", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode out = Json.mapper().readTree(r.out());
    assertEquals("150000.00", out.get("changedParameters").get("testland.srdi-award.amount").asText());
    JsonNode t1 = out.get("enterprises").get(0);
    assertEquals("580000.00", t1.get("baseline").asText());
    // 150,000 + top-up to 500,000 (350,000) + 20% of 800,000 (160,000).
    assertEquals("660000.00", t1.get("variant").asText());
    assertEquals("80000.00", t1.get("difference").asText());
    assertEquals("80000.00", out.get("total").get("difference").asText());
    assertEquals("80000.00", out.get("byFundingSource").get("测试市中小企业发展专项资金").get("difference").asText());
    assertEquals("580000.00", out.get("baseline").get("summary").get("total").asText());
  }

  @Test
  void whatif_switches_an_interpretation() throws Exception {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"),
        "--interpretation", "testland.highest-only=first-final", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode t1 = Json.mapper().readTree(r.out()).get("enterprises").get(0);
    // First award final: the little giant award (400,000 top-up) is no longer paid.
    assertEquals("-400000.00", t1.get("difference").asText());
    var table = run("whatif", "-j", "testland", "-s", scenario("testland.json"),
        "--interpretation", "testland.highest-only=first-final");
    assertTrue(table.out().contains("-400,000.00"), table.out());
    TableAssertions.assertAligned(table.out());
  }

  @Test
  void whatif_reports_every_bad_override_and_exits_2() {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "--set", "testland.nope=1",
        "--set", "testland.srdi-award.amount=lots", "--interpretation", "testland.highest-only=maybe");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--set testland.nope: no such parameter"), r.err());
    assertTrue(r.err().contains("--set testland.srdi-award.amount=lots: not a number"), r.err());
    assertTrue(r.err().contains("--interpretation testland.highest-only=maybe: choose one of"), r.err());
  }

  @Test
  void whatif_refuses_a_parameter_or_an_interpretation_given_twice() {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"),
        "--set", "testland.srdi-award.amount=15万", "--set", "testland.srdi-award.amount=20万");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--set testland.srdi-award.amount is given twice"), r.err());
    assertTrue(r.err().contains("15万") && r.err().contains("20万"), r.err());

    var i = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "-f", "json",
        "--interpretation", "testland.highest-only=first-final", "--interpretation", "testland.highest-only=first-final");
    assertEquals(2, i.exit());
    assertEquals("", i.out());
    assertTrue(i.err().contains("--interpretation testland.highest-only is given twice"), i.err());

    // Different parameters, each once, still combine.
    var ok = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "-f", "json",
        "--set", "testland.srdi-award.amount=15万", "--set", "testland.cloud-subsidy.rate=20");
    assertEquals(0, ok.exit(), ok.err());
  }

  @Test
  void targets_report_required_reached_gap_status_and_responsible_units() throws Exception {
    var r = run("targets", "-j", "testland", "-s", scenario("testland.json"), "--year", "2025", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode target = Json.mapper().readTree(r.out()).get("targets").get(0);
    assertEquals("testland.target.srdi-firms", target.get("id").asText());
    assertEquals("2", target.get("required").asText());
    assertEquals("1", target.get("reached").asText());
    assertEquals("1", target.get("gap").asText());
    assertEquals("NOT_MET", target.get("status").asText());
    assertEquals("测试市工业和信息化局", target.get("leadUnits").get(0).asText());

    var table = run("targets", "-j", "testland", "-s", scenario("testland.json"), "--year", "2024");
    assertEquals(0, table.exit());
    assertTrue(table.out().contains("IN_PROGRESS"), table.out());
    TableAssertions.assertAligned(table.out());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"-5", "1800", "1899", "2101", "99999", "twenty"})
  void a_year_outside_1900_to_2100_is_a_usage_error(String year) {
    for (String[] args : java.util.List.of(
        new String[] {"targets", "-j", "testland", "-s", scenario("testland.json"), "--year", year},
        new String[] {"evaluate", "-j", "testland", "-s", scenario("testland.json"), "--year", year},
        new String[] {"evaluate", "-j", "testland", "-s", scenario("testland.json"), "--year=" + year, "-f", "json"})) {
      var r = run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
      assertEquals("", r.out());
      assertTrue(r.err().contains("--year") && r.err().contains("'" + year + "'") && r.err().contains("1900")
          && r.err().contains("2100"), r.err());
    }
  }

  @Test
  void the_years_at_both_ends_of_the_range_are_accepted() {
    for (String year : new String[] {"1900", "2100"}) {
      assertEquals(0, run("targets", "-j", "testland", "-s", scenario("testland.json"), "--year", year).exit());
      assertEquals(0, run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "--year", year).exit());
    }
  }

  @Test
  void targets_needs_a_year() {
    var r = run("targets", "-j", "testland", "-s", scenario("testland.json"));
    assertEquals(2, r.exit());
    assertEquals("", r.out());
  }

  @Test
  void a_what_if_counts_only_the_citys_own_enterprises_by_default(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = Cli.write(dir, "mixed.json", """
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
          {"id": "OWN", "jurisdiction": "testland"},
          {"id": "AWAY", "jurisdiction": "guilin"}
        ]}
        """);
    var r = run("whatif", "-j", "testland", "-s", file.toString(), "-f", "json");
    assertEquals(0, r.exit(), r.err());
    var json = dev.srdi.api.json.Json.mapper().readTree(r.out());
    assertEquals("AWAY", json.get("leftOut").get(0).get("id").asText());
    assertTrue(r.err().contains("left out 1 enterprise(s)"), r.err());
  }

  @Test
  void whatif_csv_says_what_each_row_is_and_gives_the_cost_by_fund() {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "--set", "testland.srdi-award.amount=150000",
        "-f", "csv");
    assertEquals(0, r.exit(), r.err());
    var lines = r.out().lines().toList();
    assertEquals("kind,id,baseline,variant,difference", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("enterprise,")), r.out());
    assertEquals(1, lines.stream().filter(l -> l.startsWith("total,,")).count(), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("fundingSource,")), r.out());
  }
}
