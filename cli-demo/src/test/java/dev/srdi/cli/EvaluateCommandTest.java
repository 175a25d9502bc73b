package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluateCommandTest {

  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  @Test
  void json_output_has_the_contract_shape_and_the_amounts_of_the_rules() throws Exception {
    var r = run("evaluate", "--jurisdiction", "testland", "--scenario", scenario("testland.json"), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode out = json(r.out());
    assertEquals(List.of("jurisdiction", "asOf", "enterprises", "findings", "summary"), fieldNames(out));
    assertEquals("testland", out.get("jurisdiction").asText());
    assertEquals("2025-12-31", out.get("asOf").asText());
    JsonNode t1 = out.get("enterprises").get(0);
    assertEquals("T1", t1.get("id").asText());
    assertEquals("580000.00", t1.get("total").asText());
    var amounts = new ArrayList<String>();
    for (JsonNode e : t1.get("entitlements")) {
      amounts.add(e.get("measure").asText() + " " + e.get("year").asInt() + " " + e.get("amountKind").asText() + " "
          + e.path("amount").asText("-"));
    }
    assertEquals(List.of(
        "testland.relocation-award 2023 UNSPECIFIED -",
        "testland.srdi-award 2023 EXACT 100000.00",
        "testland.little-giant-award 2024 UP_TO 400000.00",
        "testland.cloud-subsidy 2024 UP_TO 80000.00"), amounts);
    JsonNode srdiAward = t1.get("entitlements").get(1);
    assertAll(
        () -> assertEquals("测试市中小企业发展专项资金", srdiAward.get("fundingSource").asText()),
        () -> assertEquals("测试市工业和信息化局", srdiAward.get("leadUnits").get(0).asText()),
        () -> assertEquals("测试市财政局", srdiAward.get("responsibleUnits").get(0).asText()),
        () -> assertEquals("三、（一）", srdiAward.get("citation").get("clause").asText()),
        () -> assertEquals("给予10万元奖励", srdiAward.get("citation").get("quote").asText()),
        () -> assertFalse(srdiAward.get("explanation").asText().isBlank()));
    assertFalse(t1.get("entitlements").get(0).has("amount"), "an UNSPECIFIED amount is absent");
    assertEquals("testland.cloud-subsidy", t1.get("notEligible").get(0).get("measure").asText());
    assertEquals("investment", t1.get("notEligible").get(0).get("missingFacts").get(0).asText());
    assertEquals("testland.power-priority", t1.get("benefits").get(0).get("measure").asText());
    JsonNode summary = out.get("summary");
    assertEquals(2, summary.get("enterprises").asInt());
    assertEquals("580000.00", summary.get("total").asText());
    assertEquals("100000.00", summary.get("byYear").get("2023").asText());
    assertEquals("480000.00", summary.get("byYear").get("2024").asText());
    assertEquals("580000.00", summary.get("byFundingSource").get("测试市中小企业发展专项资金").asText());
  }

  @Test
  void the_same_input_gives_the_same_bytes() {
    for (String format : List.of("json", "table", "csv")) {
      var first = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "-f", format);
      var second = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "-f", format);
      assertEquals(0, first.exit());
      assertEquals(first.out(), second.out(), format);
    }
  }

  @Test
  void year_keeps_only_that_years_entitlements() throws Exception {
    var r = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "--year", "2024", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode out = json(r.out());
    assertEquals(2024, out.get("year").asInt());
    for (JsonNode e : out.get("enterprises").get(0).get("entitlements")) {
      assertEquals(2024, e.get("year").asInt());
    }
    assertEquals("480000.00", out.get("summary").get("total").asText());
  }

  @Test
  void as_of_option_wins_over_the_scenarios_date() throws Exception {
    var r = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "--as-of", "2023-12-31", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode out = json(r.out());
    assertEquals("2023-12-31", out.get("asOf").asText());
    assertEquals("100000.00", out.get("enterprises").get(0).get("total").asText(),
        "the 2024 awards are after the as-of date");
  }

  @Test
  void the_table_shows_chinese_beside_english_with_amount_kinds_and_stays_aligned() {
    var r = run("evaluate", "-j", "testland", "-s", scenario("testland.json"));
    assertEquals(0, r.exit(), r.err());
    assertAll(
        () -> assertTrue(r.out().contains("专精特新企业奖励"), r.out()),
        () -> assertTrue(r.out().contains("SRDI award")),
        () -> assertTrue(r.out().contains("100,000.00")),
        () -> assertTrue(r.out().contains("≤ 400,000.00"), "UP_TO shows its cap as such"),
        () -> assertTrue(r.out().contains("— (set elsewhere)"), "UNSPECIFIED shows no number"),
        () -> assertTrue(r.out().contains("测试精密制造有限公司")));
    TableAssertions.assertAligned(r.out());
  }

  @Test
  void csv_has_a_header_and_one_row_per_entitlement_benefit_and_rejection() {
    var r = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "-f", "csv");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(String.join(",", dev.srdi.cli.view.EvaluationView.CSV_HEADER), lines.get(0));
    assertEquals(4, lines.stream().filter(l -> l.startsWith("T1,entitlement,")).count());
    assertTrue(lines.contains("T1,entitlement,testland.srdi-award,专精特新企业奖励,SRDI award,2023,EXACT,100000.00,"
        + "测试市中小企业发展专项资金,testland-plan,三、（一）,测试市工业和信息化局,测试市财政局,"
        + "\"new 省级专精特新中小企业 (provincial SRDI SME, new 2023-06-30)\",,,"), r.out());
    assertTrue(lines.stream().filter(l -> l.contains(",notEligible,")).allMatch(l -> l.contains("unmet: ")),
        "every rejection row ends with its checklist: " + r.out());
  }

  @Test
  void invalid_input_exits_2_naming_path_and_line_with_nothing_on_stdout() {
    var r = run("evaluate", "-j", "testland", "-s", scenario("invalid.json"), "-f", "json");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("enterprises[3].financials[0].revenue: must not be negative (line 12)"), r.err());
    assertTrue(r.err().contains("enterprises[3].achievements[0].type: unknown achievement type 'NO_SUCH_TYPE'"), r.err());
    assertTrue(r.err().contains("(line 15)"), r.err());
  }

  @Test
  void an_unknown_jurisdiction_a_missing_file_or_a_bad_option_exit_2_with_nothing_on_stdout(@TempDir Path dir) {
    var unknown = run("evaluate", "-j", "atlantis", "-s", scenario("testland.json"));
    assertEquals(2, unknown.exit());
    assertEquals("", unknown.out());
    assertTrue(unknown.err().contains("unknown jurisdiction 'atlantis'"), unknown.err());

    var missing = run("evaluate", "-j", "testland", "-s", dir.resolve("nope.json").toString());
    assertEquals(2, missing.exit());
    assertEquals("", missing.out());
    assertTrue(missing.err().contains("no such file"), missing.err());

    var badDate = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "--as-of", "31/12/2025");
    assertEquals(2, badDate.exit());
    assertEquals("", badDate.out());
    assertTrue(badDate.err().contains("--as-of': '31/12/2025' is not a date in the calendar as YYYY-MM-DD"), badDate.err());
    assertFalse(badDate.err().contains("java."), "no Java class names for an analyst: " + badDate.err());

    var badFormat = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "-f", "xml");
    assertEquals(2, badFormat.exit());
    assertEquals("", badFormat.out());

    var noScenario = run("evaluate", "-j", "testland");
    assertEquals(2, noScenario.exit());
    assertTrue(noScenario.err().contains("--scenario"), noScenario.err());
  }

  @Test
  void a_scenario_without_as_of_needs_the_option(@TempDir Path dir) {
    Path file = Cli.write(dir, "no-date.json", "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [{\"id\": \"X\"}]}");
    var r = run("evaluate", "-j", "testland", "-s", file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--as-of"), r.err());
    assertEquals(0, run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-01-01").exit());
  }

  private static List<String> fieldNames(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void enterprises_of_other_jurisdictions_are_left_out_and_named_unless_all_are_asked_for(@TempDir Path dir)
      throws Exception {
    Path file = Cli.write(dir, "mixed.json", """
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
          {"id": "OWN", "jurisdiction": "testland"},
          {"id": "NONE"},
          {"id": "AWAY", "jurisdiction": "guilin"}
        ]}
        """);
    var scoped = run("evaluate", "-j", "testland", "-s", file.toString(), "-f", "json");
    assertEquals(0, scoped.exit(), scoped.err());
    JsonNode json = Json.mapper().readTree(scoped.out());
    assertEquals(2, json.get("enterprises").size());
    assertEquals("AWAY", json.get("leftOut").get(0).get("id").asText());
    assertEquals("guilin", json.get("leftOut").get(0).get("jurisdiction").asText());
    assertTrue(scoped.err().contains("left out 1 enterprise(s) of other jurisdictions (guilin: 1)"), scoped.err());

    var all = run("evaluate", "-j", "testland", "-s", file.toString(), "-f", "json", "--all-enterprises");
    JsonNode allJson = Json.mapper().readTree(all.out());
    assertEquals(3, allJson.get("enterprises").size());
    assertTrue(allJson.get("leftOut") == null, all.out());
  }

  @Test
  void csv_names_who_is_paid_when_it_is_not_the_enterprise() {
    var r = run("evaluate", "-j", "zhanjiang", "-s", java.nio.file.Path.of("..", "seeds", "examples", "zhanjiang.json").toString(),
        "-f", "csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("ZJ-003,entitlement,") && l.endsWith(",operator of park P1,")),
        r.out());
  }
}
