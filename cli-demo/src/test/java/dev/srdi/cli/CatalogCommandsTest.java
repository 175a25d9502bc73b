package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import org.junit.jupiter.api.Test;

final class CatalogCommandsTest {

  @Test
  void jurisdictions_lists_the_loaded_ones_by_id_with_chinese_and_english_names() throws Exception {
    var table = run("jurisdictions");
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().contains("testland") && table.out().contains("测试市") && table.out().contains("Testland"));
    TableAssertions.assertAligned(table.out());

    var json = run("jurisdictions", "-f", "json");
    JsonNode list = Json.mapper().readTree(json.out()).get("jurisdictions");
    JsonNode testland = null;
    for (JsonNode j : list) {
      if (j.get("id").asText().equals("testland")) {
        testland = j;
      }
    }
    assertEquals("测试市", testland.get("nameZh").asText());
    assertEquals(5, testland.get("measures").asInt());
    assertEquals(run("jurisdictions", "-f", "json").out(), json.out());
  }

  @Test
  void measures_gives_every_measure_and_parameter_with_value_unit_citation_and_units() throws Exception {
    var r = run("measures", "-j", "testland", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode out = Json.mapper().readTree(r.out());
    assertEquals(5, out.get("measures").size());
    JsonNode giant = null;
    for (JsonNode m : out.get("measures")) {
      if (m.get("id").asText().equals("testland.little-giant-award")) {
        giant = m;
      }
    }
    assertEquals("UP_TO", giant.get("amountKind").asText());
    assertEquals("500000.00", giant.get("cap").asText());
    assertEquals("测试市财政局", giant.get("responsibleUnits").get(0).asText());
    assertEquals("最高不超过50万元", giant.get("citation").get("quote").asText());
    JsonNode rate = null;
    for (JsonNode p : out.get("parameters")) {
      if (p.get("id").asText().equals("testland.cloud-subsidy.rate")) {
        rate = p;
      }
    }
    assertEquals("10%", rate.get("value").asText());
    assertEquals("percent", rate.get("unit").asText());
    assertEquals("top-up", out.get("interpretations").get(0).get("choice").asText());
    assertEquals("CLOUD_ADOPTION", out.get("achievementTypes").get(0).get("type").asText());
    assertEquals("investment", out.get("achievementTypes").get(0).get("attributes").get(0).asText());
  }

  @Test
  void the_measures_table_shows_amount_kinds_and_stays_aligned() {
    var r = run("measures", "-j", "testland");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("≤ 500,000.00"), r.out());
    assertTrue(r.out().contains("— (set elsewhere)"));
    assertTrue(r.out().contains("non-monetary"));
    assertTrue(r.out().contains("小巨人企业奖励") && r.out().contains("little giant award"));
    TableAssertions.assertAligned(r.out());
    assertTrue(run("measures", "-j", "testland", "-f", "csv").out().startsWith("kind,id,nameZh,nameEn,"));
  }

  @Test
  void measures_also_lists_the_targets_tasks_and_duties_so_that_every_clause_shows() throws Exception {
    var table = run("measures", "-j", "testland");
    assertTrue(table.out().contains("Targets 目标 (1)") && table.out().contains("testland.target.srdi-firms"), table.out());
    assertTrue(table.out().contains("Tasks 任务 (1)") && table.out().contains("testland.task.pool"), table.out());
    assertTrue(table.out().contains("Recurring duties 定期职责 (1)") && table.out().contains("by day 25"), table.out());
    TableAssertions.assertAligned(table.out());

    JsonNode json = Json.mapper().readTree(run("measures", "-j", "testland", "-f", "json").out());
    assertEquals("testland.target.srdi-firms", json.get("targets").get(0).get("id").asText());
    assertEquals("专精特新企业达到2家", json.get("targets").get(0).get("citation").get("quote").asText());
    assertEquals("testland.task.pool", json.get("tasks").get(0).get("id").asText());
    assertTrue(json.get("duties").get(0).get("schedule").asText().contains("25"));

    String csv = run("measures", "-j", "testland", "-f", "csv").out();
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("target,testland.target.srdi-firms,")), csv);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("task,testland.task.pool,")), csv);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("duty,testland.duty.monthly-report,")), csv);
  }

  @Test
  void the_measures_csv_says_whether_a_value_is_an_amount_or_a_cap() {
    String testland = run("measures", "-j", "testland", "-f", "csv").out();
    assertTrue(testland.startsWith("kind,id,nameZh,nameEn,amountKind,value,unit,"), testland);
    assertTrue(testland.lines().findFirst().orElseThrow().endsWith(",quote,valueIs"), testland);
    assertTrue(testland.lines().anyMatch(l -> l.startsWith("measure,testland.srdi-award,") && l.endsWith(",amount")), testland);
    assertTrue(testland.lines().anyMatch(l -> l.startsWith("measure,testland.little-giant-award,") && l.endsWith(",cap")),
        testland);
    assertTrue(testland.lines().anyMatch(l -> l.startsWith("measure,testland.relocation-award,") && l.endsWith(",")),
        "an unspecified amount has no value: " + testland);

    // Guilin's growth award pays an EXACT amount (3‰ of the increase) whose figure, 500000.00, is only its cap.
    String guilin = run("measures", "-j", "guilin", "-f", "csv").out();
    String growth = guilin.lines().filter(l -> l.startsWith("measure,guilin.growth-award,")).findFirst().orElseThrow();
    assertTrue(growth.contains(",EXACT,500000.00,yuan,") && growth.endsWith(",cap"), growth);
  }

  @Test
  void measures_of_an_unknown_jurisdiction_exits_2() {
    var r = run("measures", "-j", "nowhere");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("known: "), r.err());
  }
}
