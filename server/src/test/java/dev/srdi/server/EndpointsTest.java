package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.Scenario;
import dev.srdi.api.Scope;
import dev.srdi.api.json.CatalogJson;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.parameter.Overrides;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint over a real HTTP connection on the loopback interface: the example scenarios'
 * evaluations byte for byte as {@code seeds/examples/<city>.evaluate.json}, and every other document
 * byte for byte as the facade's {@code toJson()} (which the command prints; the command's tests hold
 * it to the same bytes).
 */
final class EndpointsTest {
  private static Served served;

  @BeforeAll
  static void start() {
    served = Served.start();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @TestFactory
  Stream<DynamicTest> evaluate_answers_the_golden_output_byte_for_byte() {
    return Served.CITIES.stream().map(city -> DynamicTest.dynamicTest(city, () -> {
      var r = served.postJson("/v1/jurisdictions/" + city + "/evaluate", Served.example(city + ".json"));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals(Served.example(city + ".evaluate.json"), r.body());
    }));
  }

  @TestFactory
  Stream<DynamicTest> every_document_endpoint_answers_the_facade_bytes() {
    var tests = new ArrayList<DynamicTest>();
    for (String city : Served.CITIES) {
      String scenarioText = Served.example(city + ".json");
      Scenario scenario = Served.SRDI.readScenario(scenarioText).get();
      tests.add(DynamicTest.dynamicTest(city + " measures", () -> same(
          Served.SRDI.catalogue(city).get().toJson(), served.get("/v1/jurisdictions/" + city + "/measures"))));
      tests.add(DynamicTest.dynamicTest(city + " duties", () -> same(
          Served.SRDI.duties(city, Optional.empty()).get().toJson(), served.get("/v1/jurisdictions/" + city + "/duties"))));
      tests.add(DynamicTest.dynamicTest(city + " duties in a month", () -> same(
          Served.SRDI.duties(city, Optional.of(YearMonth.of(2025, 3))).get().toJson(),
          served.get("/v1/jurisdictions/" + city + "/duties?month=2025-03"))));
      tests.add(DynamicTest.dynamicTest(city + " targets", () -> same(
          Served.SRDI.targets(city, scenario, 2025, Scope.OWN_ENTERPRISES).get().toJson(),
          served.postJson("/v1/jurisdictions/" + city + "/targets?year=2025", scenarioText))));
      tests.add(DynamicTest.dynamicTest(city + " evaluate, one year, every enterprise", () -> same(
          Served.SRDI.evaluate(city, scenario, Scope.EVERY_ENTERPRISE).get().onlyYear(2024).toJson(),
          served.postJson("/v1/jurisdictions/" + city + "/evaluate?year=2024&allEnterprises=true", scenarioText))));
      tests.add(DynamicTest.dynamicTest(city + " compare", () -> same(
          Served.SRDI.compare(scenario).get().toJson(), served.postJson("/v1/compare", scenarioText))));
      tests.add(DynamicTest.dynamicTest(city + " validate", () -> {
        var r = served.postJson("/v1/validate", scenarioText);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\n  \"valid\": true,\n  \"enterprises\": " + scenario.enterprises().size()
            + ",\n  \"parks\": " + scenario.parks().size() + ",\n  \"asOf\": \"2025-12-31\"\n}\n", r.body());
      }));
    }
    return tests.stream();
  }

  @Test
  void whatif_takes_the_commands_set_and_interpretation_as_query_parameters() {
    Scenario scenario = Served.SRDI.readScenario(Served.example("guilin.json")).get();
    String expected = Served.SRDI.whatIf("guilin", scenario,
        Overrides.none().withParameter("guilin.growth-award.rate", "5‰"), Scope.OWN_ENTERPRISES).get().toJson();
    same(expected, served.postJson("/v1/jurisdictions/guilin/whatif?set=guilin.growth-award.rate%3D5%E2%80%B0",
        Served.example("guilin.json")));
  }

  @Test
  void jurisdictions_lists_the_loaded_ones() {
    same(Json.pretty(CatalogJson.jurisdictions(Served.SRDI.jurisdictions(), Served.SRDI.loadFailures())),
        served.get("/v1/jurisdictions"));
  }

  @Test
  void health_says_up_with_the_number_of_jurisdictions() {
    var r = served.get("/health");
    assertEquals(200, r.statusCode());
    assertEquals("{\n  \"status\": \"up\",\n  \"jurisdictions\": 3,\n  \"loadFailures\": 0\n}\n", r.body());
  }

  @TestFactory
  Stream<DynamicTest> a_json_lines_body_streams_back_one_line_per_line() {
    String portfolio = Served.example("portfolio.jsonl");
    List<String> input = portfolio.lines().toList();
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    return Served.CITIES.stream().map(city -> DynamicTest.dynamicTest(city, () -> {
      var r = served.post("/v1/jurisdictions/" + city + "/evaluate?asOf=2025-12-31&allEnterprises=true",
          "application/x-ndjson", portfolio);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("application/x-ndjson;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
      List<String> lines = r.body().lines().toList();
      assertEquals(input.size(), lines.size());
      for (int i = 0; i < input.size(); i++) {
        var enterprise = Served.SRDI.readEnterprise(input.get(i), i + 1).get();
        assertEquals(Json.compact(EvaluationJson.enterprise(Served.SRDI.evaluate(city, enterprise, asOf).get())),
            lines.get(i), city + " line " + (i + 1));
      }
    }));
  }

  @Test
  void a_json_lines_body_keeps_other_cities_lines_as_skipped_lines_by_default() {
    var r = served.post("/v1/jurisdictions/guilin/evaluate?asOf=2025-12-31", "application/jsonl",
        Served.example("portfolio.jsonl"));
    assertEquals(200, r.statusCode(), r.body());
    List<String> lines = r.body().lines().toList();
    assertEquals(Served.example("portfolio.jsonl").lines().count(), lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.contains("\"skipped\"")), r.body());
    assertTrue(lines.stream().anyMatch(l -> !l.contains("\"skipped\"")), r.body());
  }

  private static void same(String expected, HttpResponse<String> actual) {
    assertEquals(200, actual.statusCode(), actual.body());
    assertEquals(expected, actual.body());
  }
}
