package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import org.junit.jupiter.api.Test;

final class DutiesCommandTest {

  @Test
  void the_matrix_keeps_lead_apart_from_responsible_for_each_department() throws Exception {
    var r = run("duties", "-j", "testland", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode departments = Json.mapper().readTree(r.out()).get("departments");
    JsonNode industry = departments.get(0);
    assertEquals("测试市工业和信息化局", industry.get("id").asText());
    assertEquals("Testland Bureau of Industry and IT", industry.get("nameEn").asText());
    long leads = 0;
    for (JsonNode item : industry.get("items")) {
      if (item.get("role").asText().equals("LEAD")) {
        leads++;
      }
    }
    assertEquals(6, leads, "five measures and one target");
    assertEquals(8, industry.get("items").size(), "plus the task and the monthly duty");
  }

  @Test
  void month_lists_what_falls_due() throws Exception {
    var r = run("duties", "-j", "testland", "--month", "2025-03", "-f", "json");
    JsonNode due = Json.mapper().readTree(r.out()).get("due");
    assertEquals(1, due.size());
    assertEquals("2025-03-25", due.get(0).get("date").asText());

    var table = run("duties", "-j", "testland", "--month", "2025-03");
    assertEquals(0, table.exit());
    assertTrue(table.out().contains("每月报送进展"), table.out());
    TableAssertions.assertAligned(table.out());
  }

  @Test
  void the_csv_says_what_falls_due_in_the_month() {
    var r = run("duties", "-j", "testland", "--month", "2025-03", "-f", "csv");
    assertEquals(0, r.exit(), r.err());
    var lines = r.out().lines().toList();
    assertEquals("department,role,kind,item,nameZh,document,clause,due", lines.get(0));
    var dutyRows = lines.stream().filter(l -> l.contains(",duty,")).toList();
    assertFalse(dutyRows.isEmpty(), r.out());
    assertTrue(dutyRows.stream().allMatch(l -> l.endsWith(",2025-03-25")), r.out());
    assertTrue(lines.stream().filter(l -> !l.contains(",duty,")).allMatch(l -> l.endsWith(",") || l.endsWith(",due")),
        "only duties fall due: " + r.out());

    var noMonth = run("duties", "-j", "testland", "-f", "csv");
    assertTrue(noMonth.out().lines().skip(1).allMatch(l -> l.endsWith(",")), noMonth.out());
  }

  @Test
  void a_malformed_month_exits_2() {
    var r = run("duties", "-j", "testland", "--month", "March");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("'March' is not a month as YYYY-MM"), r.err());
    assertFalse(r.err().contains("java."), r.err());
  }
}
