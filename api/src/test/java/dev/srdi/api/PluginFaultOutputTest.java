package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin that throws on one enterprise: that enterprise says so in the output, the others are unchanged. */
final class PluginFaultOutputTest {
  private static final String SCENARIO = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
       "enterprises": [
         {"id": "A", "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]},
         {"id": "BAD", "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]},
         {"id": "C", "recognitions": [{"title": "LITTLE_GIANT", "level": "NATIONAL", "date": "2024-07-01"}]}]}
      """;

  @Test
  void the_failed_enterprise_carries_an_error_naming_plugin_measure_and_enterprise_and_the_others_are_as_before()
      throws Exception {
    Srdi faulty = Srdi.of(List.of(new FaultyCity()));
    Srdi sound = Srdi.of(List.of(new dev.srdi.testland.Testland()));
    var withFault = Json.mapper().readTree(faulty.evaluate("testland", faulty.readScenario(SCENARIO).get(),
        Scope.EVERY_ENTERPRISE).get().toJson());
    var withoutFault = Json.mapper().readTree(sound.evaluate("testland", sound.readScenario(SCENARIO).get(),
        Scope.EVERY_ENTERPRISE).get().toJson());

    var bad = withFault.get("enterprises").get(1);
    assertTrue(bad.get("error").asText().startsWith("plugin testland failed in measure "), bad.toString());
    assertTrue(bad.get("error").asText().endsWith("for enterprise BAD: IllegalStateException: no row for BAD"),
        bad.toString());
    assertEquals("0.00", bad.get("total").asText());
    assertEquals(withoutFault.get("enterprises").get(0), withFault.get("enterprises").get(0));
    assertEquals(withoutFault.get("enterprises").get(2), withFault.get("enterprises").get(2));
    assertFalse(withFault.get("enterprises").get(0).has("error"));
  }

  @Test
  void a_city_whose_plugin_failed_to_load_is_named_as_such_and_the_others_answer() {
    var broken = new dev.srdi.core.spi.Jurisdiction() {
      @Override public dev.srdi.core.policy.JurisdictionId id() {
        return dev.srdi.core.policy.JurisdictionId.of("broken");
      }

      @Override public String nameZh() {
        return "坏市";
      }

      @Override public String nameEn() {
        return "Broken";
      }

      @Override public List<dev.srdi.core.measure.Measure> measures() {
        return measures();
      }
    };
    Srdi srdi = Srdi.of(List.of(new dev.srdi.testland.Testland(), broken));

    Problem problem = srdi.jurisdiction("broken").getLeft();
    assertEquals("jurisdiction-not-loaded", problem.code());
    assertTrue(problem.message().startsWith("jurisdiction 'broken' failed to load: "), problem.message());
    assertTrue(srdi.jurisdiction("testland").isRight());
    assertEquals("unknown-jurisdiction", srdi.jurisdiction("atlantis").getLeft().code());
  }
}
