package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import org.junit.jupiter.api.Test;

/** srdi measures shows a parameter's values over time: Testland's SRDI target was raised from 1 to 2 in 2024. */
final class CatalogHistoryViewTest {

  @Test
  void the_table_lists_the_dated_values_of_a_revised_parameter_only() {
    var r = run("measures", "-j", "testland");
    assertEquals(0, r.exit(), r.err());
    String history = r.out().substring(r.out().indexOf("Values over time 取值沿革"));
    assertTrue(history.contains("testland.target.srdi-firms.count") && history.contains("1 from 2020-01-01; 2 from 2024-01-01"),
        history);
    assertFalse(history.contains("testland.cloud-subsidy.rate"), "a parameter with one undated value has no history row");
    TableAssertions.assertAligned(r.out());
  }

  @Test
  void the_json_catalogue_carries_the_history() throws Exception {
    JsonNode out = Json.mapper().readTree(run("measures", "-j", "testland", "-f", "json").out());
    for (JsonNode p : out.get("parameters")) {
      if (p.get("id").asText().equals("testland.target.srdi-firms.count")) {
        assertEquals("2", p.get("value").asText());
        assertEquals("[{\"from\":\"2020-01-01\",\"value\":\"1\"},{\"from\":\"2024-01-01\",\"value\":\"2\"}]",
            p.get("history").toString());
        return;
      }
    }
    throw new AssertionError("testland.target.srdi-firms.count is not in the catalogue");
  }
}
