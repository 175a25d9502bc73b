package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.srdi.api.Reform;
import dev.srdi.api.Scenario;
import dev.srdi.api.Scope;
import dev.srdi.api.json.Json;
import dev.srdi.core.parameter.Overrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A what-if request: a scenario and its reforms in one JSON body, answered with the facade's bytes for
 * the same reforms; the query's {@code set} and {@code interpretation} as a shorthand, after the body's
 * reforms; every error inside the body placed by its JSON path and line in the body.
 */
final class WhatIfRequestTest {
  private static final String RATE = "{\"schema\": \"srdi-reform/1\",\n"
      + "      \"parameters\": {\"guilin.growth-award.rate\": {\"value\": \"5‰\", \"from\": \"2024-01-01\"}}}";
  private static final String CAP = "{\n      \"schema\": \"srdi-reform/1\",\n      \"title\": \"cap\",\n"
      + "      \"parameters\": {\"guilin.growth-award.cap\": \"80万\"}\n    }";
  private static Served served;

  @BeforeAll
  static void start() {
    served = Served.start();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void the_reforms_of_the_body_give_the_facades_what_if_for_their_changes() {
    Scenario scenario = Served.SRDI.readScenario(Served.example("guilin.json")).get();
    Overrides both = Overrides.none().withParameter("guilin.growth-award.rate", "5‰@2024-01-01")
        .withParameter("guilin.growth-award.cap", "80万");
    String expected = Served.SRDI.whatIf("guilin", scenario, both, Scope.EVERY_ENTERPRISE).get().toJson();
    same(expected, served.postJson("/v1/jurisdictions/guilin/whatif?allEnterprises=true",
        request(Served.example("guilin.json"), RATE, CAP)));
    // Indented with tabs, as some editors write JSON (the reform reader reads YAML, where a tab cannot indent).
    same(expected, served.postJson("/v1/jurisdictions/guilin/whatif?allEnterprises=true",
        request(Served.example("guilin.json"), RATE.replace("{\"", "{\t\"").replace(": ", ":\t"),
            CAP.replace("      ", "\t\t"))));
    // The same changes as query parameters after one reform, and as query parameters alone (the shorthand).
    same(expected, served.postJson("/v1/jurisdictions/guilin/whatif?allEnterprises=true&set=guilin.growth-award.cap%3D80%E4%B8%87",
        request(Served.example("guilin.json"), RATE)));
    same(expected, served.postJson("/v1/jurisdictions/guilin/whatif?allEnterprises=true"
        + "&set=guilin.growth-award.rate%3D5%E2%80%B0%402024-01-01&set=guilin.growth-award.cap%3D80%E4%B8%87",
        Served.example("guilin.json")));
  }

  @Test
  void no_reform_is_the_baseline_against_itself_and_asOf_overrides_the_scenarios() {
    Scenario scenario = Served.SRDI.readScenario(Served.example("zhanjiang.json")).get().asOf(LocalDate.of(2024, 6, 30));
    same(Served.SRDI.whatIf("zhanjiang", scenario, Overrides.none(), Scope.OWN_ENTERPRISES).get().toJson(),
        served.postJson("/v1/jurisdictions/zhanjiang/whatif?asOf=2024-06-30",
            "{\"schema\": \"srdi-whatif-request/1\", \"scenario\": " + Served.example("zhanjiang.json") + "}"));
  }

  @Test
  void every_city_at_once_holds_the_reforms_budgets_against_the_funds() {
    Reform reforms = exampleReform("guilin-growth-5permille.yaml").and(exampleReform("zhanjiang-award-doubled.json")).get();
    for (String city : Served.CITIES) {
      Scenario scenario = Served.SRDI.readScenario(Served.example(city + ".json")).get();
      same(Served.SRDI.whatIf(scenario, reforms).get().toJson(), served.postJson("/v1/whatif",
          request(Served.example(city + ".json"), asJson("guilin-growth-5permille.yaml"), asJson("zhanjiang-award-doubled.json"))));
    }
    Scenario portfolio = Served.SRDI.readScenario("{\"schema\": \"srdi-scenario/1\", \"asOf\": \"2025-12-31\", \"enterprises\": ["
        + String.join(",", Served.example("portfolio.jsonl").lines().toList()) + "]}").get();
    Reform rate = new Reform(Optional.empty(), Optional.empty(),
        Overrides.none().withParameter("guilin.growth-award.rate", "5‰"), List.of());
    same(Served.SRDI.whatIf(portfolio, rate).get().toJson(), served.post("/v1/whatif?asOf=2025-12-31"
        + "&set=guilin.growth-award.rate%3D5%E2%80%B0", "application/x-ndjson", Served.example("portfolio.jsonl")));
  }

  @Test
  void an_error_inside_a_reform_or_the_scenario_has_its_path_and_line_in_the_body() {
    String badAmount = "{\n      \"schema\": \"srdi-reform/1\",\n      \"budgets\": [\n        {\"fund\": \"guilin.fund-1\","
        + " \"amount\": \"-5\"}\n      ]\n    }";
    String body = request(Served.example("guilin.json").replace("\"outputValue\": \"20000000\"", "\"outputValue\": \"-2\""),
        RATE, badAmount);
    JsonNode p = ErrorsTest.problem(served.postJson("/v1/whatif", body), 400, "invalid-input");
    JsonNode amount = error(p, "reforms[1].budgets[0].amount");
    assertEquals(lineOf(body, "\"-5\""), amount.get("line").asInt(), p.toString());
    // The column is where the member's name starts, as the readers place a member for the command.
    assertEquals(columnOf(body, "\"amount\": \"-5\""), amount.get("column").asInt(), p.toString());
    JsonNode output = error(p, "scenario.enterprises[0].financials[0].outputValue");
    assertEquals(lineOf(body, "\"-2\""), output.get("line").asInt(), p.toString());
  }

  @Test
  void a_bad_override_of_a_reform_is_placed_where_the_reform_names_it() {
    String unknown = "{\"schema\": \"srdi-reform/1\",\n      \"interpretations\": {\"guilin.no-such\": \"x\"}}";
    String body = request(Served.example("guilin.json"), RATE, unknown);
    JsonNode p = ErrorsTest.problem(served.postJson("/v1/jurisdictions/guilin/whatif", body), 400, "invalid-overrides");
    JsonNode o = p.get("overrides").get(0);
    assertEquals("unknown-interpretation", o.get("code").asText(), p.toString());
    assertEquals("reforms[1].interpretations.guilin.no-such", o.get("path").asText(), p.toString());
    assertEquals(lineOf(body, "\"guilin.no-such\""), o.get("line").asInt(), p.toString());
    // A query parameter has no place in the body.
    JsonNode q = ErrorsTest.problem(served.postJson("/v1/jurisdictions/guilin/whatif?set=guilin.nope%3D1",
        request(Served.example("guilin.json"), RATE)), 400, "invalid-overrides");
    assertTrue(!q.get("overrides").get(0).has("path"), q.toString());
  }

  @Test
  void a_change_set_twice_is_refused_where_it_is_set_again() {
    String again = "{\"schema\": \"srdi-reform/1\",\n      \"parameters\": {\"guilin.growth-award.rate\": \"6‰\"}}";
    String body = request(Served.example("guilin.json"), RATE, again);
    JsonNode p = ErrorsTest.problem(served.postJson("/v1/jurisdictions/guilin/whatif", body), 400, "invalid-input");
    JsonNode twice = error(p, "reforms[1].parameters.guilin.growth-award.rate");
    assertEquals(lineOf(body, "\"6‰\""), twice.get("line").asInt(), p.toString());
    JsonNode q = ErrorsTest.problem(served.postJson("/v1/jurisdictions/guilin/whatif?set=guilin.growth-award.rate%3D6",
        request(Served.example("guilin.json"), RATE)), 400, "invalid-parameter");
    assertEquals("set", q.get("parameter").asText(), q.toString());
  }

  @Test
  void budgets_go_to_every_city_at_once_and_an_unknown_fund_is_placed() {
    String body = request(Served.example("guilin.json"), asJson("guilin-growth-5permille.yaml"));
    JsonNode p = ErrorsTest.problem(served.postJson("/v1/jurisdictions/guilin/whatif", body), 400, "invalid-input");
    assertTrue(error(p, "reforms[0].budgets").get("message").asText().contains("POST /v1/whatif"), p.toString());
    String unknownFund = "{\"schema\": \"srdi-reform/1\", \"parameters\": {\"guilin.growth-award.cap\": \"80万\"},\n"
        + "      \"budgets\": [{\"amount\": 1, \"fund\": \"guilin.fund-9\"}]}";
    String other = request(Served.example("guilin.json"), RATE, unknownFund);
    JsonNode f = ErrorsTest.problem(served.postJson("/v1/whatif", other), 400, "invalid-input");
    assertEquals(lineOf(other, "\"guilin.fund-9\""), error(f, "reforms[1].budgets[0].fund").get("line").asInt(), f.toString());
  }

  @Test
  void the_requests_own_members_are_checked() {
    String body = "{\"scenario\": " + Served.example("guilin.json") + ",\n \"reforms\": [\"r.yaml\"],\n \"colour\": \"blue\"}";
    JsonNode p = ErrorsTest.problem(served.postJson("/v1/whatif", body), 400, "invalid-input");
    error(p, "schema");
    assertEquals(lineOf(body, "\"r.yaml\""), error(p, "reforms[0]").get("line").asInt(), p.toString());
    assertEquals(lineOf(body, "\"colour\""), error(p, "colour").get("line").asInt(), p.toString());
    error(ErrorsTest.problem(served.postJson("/v1/whatif", "{\"schema\": \"srdi-whatif-request/1\", \"reforms\": {}}"),
        400, "invalid-input"), "scenario");
    JsonNode broken = ErrorsTest.problem(served.postJson("/v1/whatif", "{\"schema\": \"srdi-whatif-request/1\",\n"
        + " \"scenario\": {\"schema\": \"srdi-scenario/1\", \"enterprises\": [}\n}"), 400, "invalid-input");
    assertEquals(2, broken.get("errors").get(0).get("line").asInt(), broken.toString());
  }

  /** A request body as a portal would write it: two-space indents, the reforms one a line or over several. */
  static String request(String scenario, String... reforms) {
    return "{\n  \"schema\": \"srdi-whatif-request/1\",\n  \"scenario\": " + scenario.strip() + ",\n  \"reforms\": [\n    "
        + String.join(",\n    ", reforms) + "\n  ]\n}\n";
  }

  private static Reform exampleReform(String name) {
    return Served.SRDI.readReform(Served.read(Served.EXAMPLES.resolve("reforms").resolve(name))).get();
  }

  /** An example reform, YAML or JSON, as the JSON a portal sends. */
  static String asJson(String name) {
    try {
      return Json.pretty(new YAMLMapper().readTree(Served.read(Served.EXAMPLES.resolve("reforms").resolve(name)))).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode error(JsonNode problem, String path) {
    return StreamSupport.stream(problem.get("errors").spliterator(), false).filter(e -> e.get("path").asText().equals(path))
        .findFirst().orElseThrow(() -> new AssertionError("no error at " + path + ": " + problem));
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int columnOf(String text, String needle) {
    int at = text.indexOf(needle);
    return at - text.lastIndexOf('\n', at - 1);
  }

  private static void same(String expected, HttpResponse<String> actual) {
    assertEquals(200, actual.statusCode(), actual.body());
    assertEquals(expected, actual.body());
  }
}
