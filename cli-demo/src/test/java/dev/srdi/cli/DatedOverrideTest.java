package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import org.junit.jupiter.api.Test;

/** --set ID=VALUE@DATE changes a parameter from that day on: events before it keep the table's value. */
final class DatedOverrideTest {
  // T1's deep cloud adoption with an investment is dated 2024-09-01.
  private static JsonNode whatIf(String set) throws Exception {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "--set", set, "-f", "json");
    assertEquals(0, r.exit(), r.err());
    return Json.mapper().readTree(r.out());
  }

  private static String difference(JsonNode out) {
    return out.get("enterprises").get(0).get("difference").asText();
  }

  @Test
  void a_change_from_a_date_reaches_the_events_of_that_day_and_after_only() throws Exception {
    String everywhere = difference(whatIf("testland.cloud-subsidy.rate=20"));
    assertNotEquals("0.00", everywhere);
    assertEquals(everywhere, difference(whatIf("testland.cloud-subsidy.rate=20@2024-09-01")));
    JsonNode dayAfter = whatIf("testland.cloud-subsidy.rate=20@2024-09-02");
    assertEquals("0.00", difference(dayAfter));
    assertEquals("20% from 2024-09-02", dayAfter.get("changedParameters").get("testland.cloud-subsidy.rate").asText());
  }

  @Test
  void a_date_that_is_not_one_is_refused_with_exit_2() {
    var r = run("whatif", "-j", "testland", "-s", scenario("testland.json"), "--set",
        "testland.cloud-subsidy.rate=20@2024-13-01");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--set testland.cloud-subsidy.rate=20@2024-13-01: '2024-13-01' is not a date"), r.err());
  }
}
