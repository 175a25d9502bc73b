package dev.srdi.schemas;

import static dev.srdi.schemas.Schemas.ALL;
import static dev.srdi.schemas.Schemas.BASE;
import static dev.srdi.schemas.Schemas.COMPARE;
import static dev.srdi.schemas.Schemas.DOCUMENT;
import static dev.srdi.schemas.Schemas.DUTIES;
import static dev.srdi.schemas.Schemas.EVALUATION;
import static dev.srdi.schemas.Schemas.EVALUATION_LINE;
import static dev.srdi.schemas.Schemas.JURISDICTIONS;
import static dev.srdi.schemas.Schemas.MEASURES;
import static dev.srdi.schemas.Schemas.PORTFOLIO_WHAT_IF;
import static dev.srdi.schemas.Schemas.REFORM;
import static dev.srdi.schemas.Schemas.SCENARIO;
import static dev.srdi.schemas.Schemas.SWEEP;
import static dev.srdi.schemas.Schemas.TARGETS;
import static dev.srdi.schemas.Schemas.WHAT_IF;
import static dev.srdi.schemas.Schemas.WHAT_IF_REQUEST;
import static dev.srdi.schemas.Schemas.assertValid;
import static dev.srdi.schemas.Schemas.definition;
import static dev.srdi.schemas.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.srdi.api.Scenario;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.CatalogJson;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One JSON Schema (draft 2020-12) per contract document, and every example checked against its
 * schema: the contract's examples, the example scenarios and their golden evaluations, and every
 * document the facade writes for them.
 */
final class ContractSchemasTest {
  private static final Path CONTRACT = Path.of("..", "docs", "CONTRACT.md");
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Srdi SRDI = Srdi.load();

  @Test
  void every_schema_is_draft_2020_12_and_named_by_its_id() throws IOException {
    for (String name : ALL) {
      JsonNode node = Json.mapper().readTree(Schemas.class.getResourceAsStream("/schema/" + name));
      assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText(), name);
      assertEquals(BASE + name, node.get("$id").asText(), name);
      assertFalse(schema(name).validate(Json.mapper().readTree("{}")).isEmpty(), name + " accepts an empty object");
    }
  }

  @Test
  void every_json_example_of_the_contract_validates() throws Exception {
    String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    Matcher m = JSON_BLOCK.matcher(contract);
    int scenarios = 0;
    int evaluations = 0;
    while (m.find()) {
      String block = m.group(1);
      if (Json.mapper().readTree(block).has("schema")) {
        assertValid(schema(SCENARIO), block, "scenario example");
        scenarios++;
      } else {
        assertValid(schema(EVALUATION), block, "evaluation example");
        evaluations++;
      }
    }
    assertEquals(1, scenarios, "the contract has one scenario example");
    assertEquals(1, evaluations, "the contract has one evaluation example");
  }

  @Test
  void the_schemas_reject_what_the_contract_forbids() throws Exception {
    Schema scenario = schema(SCENARIO);
    for (String bad : List.of(
        "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [{\"id\": \"A\", \"financials\": [{\"year\": 2023, \"revenue\": \"-1\"}]}]}",
        "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [{\"id\": \"A\", \"financials\": [{\"year\": 2023, \"revenue\": \"1.234\"}]}]}",
        "{\"schema\": \"srdi-scenario/2\", \"enterprises\": []}",
        "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [{\"name\": \"no id\"}]}",
        "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [{\"id\": \"A\", \"recognitions\": [{\"title\": \"SRDI_SME\", \"level\": \"CITY\", \"date\": \"23/1/1\"}]}]}")) {
      assertFalse(scenario.validate(Json.mapper().readTree(bad)).isEmpty(), bad);
    }
    Schema evaluation = definition(EVALUATION, "entitlement");
    String unspecifiedWithAmount = "{\"measure\": \"m\", \"year\": 2023, \"amount\": \"1.00\", \"amountKind\": \"UNSPECIFIED\","
        + " \"leadUnits\": [], \"responsibleUnits\": [], \"citation\": {\"document\": \"d\", \"clause\": \"c\", \"quote\": \"q\"},"
        + " \"explanation\": \"e\"}";
    assertFalse(evaluation.validate(Json.mapper().readTree(unspecifiedWithAmount)).isEmpty());
    // A reference to another schema is followed: an empty evaluation inside a comparison is rejected.
    assertFalse(schema(COMPARE).validate(Json.mapper().readTree("{\"asOf\": \"2025-12-31\", \"jurisdictions\": [],"
        + " \"enterprises\": [], \"evaluations\": [{}]}")).isEmpty());
    assertTrue(schema(COMPARE).validate(Json.mapper().readTree("{\"asOf\": \"2025-12-31\", \"jurisdictions\": [],"
        + " \"enterprises\": [], \"evaluations\": []}")).isEmpty());
    Schema line = schema(EVALUATION_LINE);
    assertFalse(line.validate(Json.mapper().readTree("{\"id\": \"A\", \"line\": 0, \"error\": \"e\"}")).isEmpty());
    assertFalse(schema(WHAT_IF).validate(Json.mapper().readTree("{\"jurisdiction\": \"x\", \"asOf\": \"2025-12-31\","
        + " \"changedParameters\": {}, \"changedInterpretations\": {}, \"overrides\": [{\"given\": \"5\", \"value\": \"5‰\","
        + " \"replaced\": \"3‰\"}], \"enterprises\": [], \"total\": {}, \"byFundingSource\": {}}")).isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> every_example_scenario_and_golden_output_validates() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    try (var files = Files.list(EXAMPLES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".evaluate.json")) {
          tests.add(DynamicTest.dynamicTest(name, () -> assertValid(schema(EVALUATION), read(file), name)));
        } else if (name.endsWith(".json")) {
          tests.add(DynamicTest.dynamicTest(name, () -> assertValid(schema(SCENARIO), read(file), name)));
        } else if (name.endsWith(".jsonl")) {
          tests.add(DynamicTest.dynamicTest(name, () -> {
            Schema enterprise = definition(SCENARIO, "enterprise");
            for (String line : read(file).lines().toList()) {
              assertValid(enterprise, line, name);
            }
          }));
        }
      }
    }
    assertTrue(tests.size() >= 7, "seeds/examples holds three scenarios, three golden outputs and a portfolio");
    return tests.stream();
  }

  /** The sweep goldens the README's analyst section is checked against, one parameter and a grid, follow the sweep schema. */
  @Test
  void the_sweep_goldens_validate_and_the_schema_holds_a_grid_to_its_second_axis() throws Exception {
    Path analyst = EXAMPLES.resolve("analyst");
    int sweeps = 0;
    try (var files = Files.list(analyst)) {
      for (Path file : files.filter(f -> f.getFileName().toString().contains(".sweep")).sorted().toList()) {
        assertValid(schema(SWEEP), read(file), file.getFileName().toString());
        sweeps++;
      }
    }
    assertEquals(2, sweeps, "a sweep and a grid");
    String point = "{\"value\": \"1‰\", \"total\": \"1.00\", \"byFund\": {}, \"enterprisesPaid\": 1}";
    String grid = "{\"asOf\": \"2025-12-31\", \"parameter\": \"a.b\", \"across\": {\"parameter\": \"a.c\"},"
        + " \"enterprises\": 1, \"funds\": [], \"points\": [" + point + "]}";
    assertFalse(schema(SWEEP).validate(Json.mapper().readTree(grid)).isEmpty(), "a grid's point names its second value");
    assertTrue(schema(SWEEP).validate(Json.mapper().readTree(grid.replace("\"1‰\",", "\"1‰\", \"across\": \"2\","))).isEmpty());
  }

  /** The reform examples, YAML or JSON, follow the schema and are read by the facade; the schema rejects what the reader does. */
  @TestFactory
  Stream<DynamicTest> every_example_reform_validates_and_reads() throws IOException {
    var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    var tests = new ArrayList<DynamicTest>();
    try (var files = Files.list(EXAMPLES.resolve("reforms"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          String text = read(file);
          assertValid(schema(REFORM), Json.compact(yaml.readTree(text)), name);
          assertTrue(SRDI.readReform(text).isRight(), name + ": " + SRDI.readReform(text));
        }));
      }
    }
    assertTrue(tests.size() >= 2, "seeds/examples/reforms holds a YAML and a JSON reform");
    tests.add(DynamicTest.dynamicTest("rejected", () -> {
      for (String bad : List.of(
          "{\"schema\": \"srdi-reform/1\", \"parameters\": {\"guilin.growth-award.rate\": \"5‰@2025-01-01\"}}",
          "{\"schema\": \"srdi-reform/1\", \"parameters\": {\"guilin.growth-award.rate\": {\"from\": \"2025-01-01\"}}}",
          "{\"schema\": \"srdi-reform/1\", \"budgets\": [{\"fund\": \"guilin.fund-1\", \"amount\": \"-5\"}]}",
          "{\"schema\": \"srdi-reform/1\", \"colour\": \"blue\"}")) {
        assertFalse(schema(REFORM).validate(Json.mapper().readTree(bad)).isEmpty(), bad);
        assertTrue(SRDI.readReform(bad).isLeft(), bad);
      }
    }));
    return tests.stream();
  }

  /** A what-if request (srdi-server's body): each example scenario with every example reform, as JSON; and what it rejects. */
  @Test
  void a_whatif_request_holds_a_scenario_and_reforms() throws IOException {
    var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    var reforms = Json.mapper().createArrayNode();
    try (var files = Files.list(EXAMPLES.resolve("reforms"))) {
      for (Path file : files.sorted().toList()) {
        reforms.add(yaml.readTree(read(file)));
      }
    }
    Schema request = schema(WHAT_IF_REQUEST);
    for (String city : List.of("guilin", "xiangxiang", "zhanjiang")) {
      var body = Json.object().put("schema", "srdi-whatif-request/1");
      body.set("scenario", Json.mapper().readTree(read(EXAMPLES.resolve(city + ".json"))));
      body.set("reforms", reforms);
      assertValid(request, Json.compact(body), city + " with the example reforms");
      body.remove("reforms");
      assertValid(request, Json.compact(body), city + " without a reform");
    }
    String scenario = "{\"schema\": \"srdi-scenario/1\", \"enterprises\": []}";
    for (String bad : List.of(
        "{\"schema\": \"srdi-whatif-request/1\"}",
        "{\"scenario\": " + scenario + "}",
        "{\"schema\": \"srdi-whatif-request/1\", \"scenario\": {\"enterprises\": []}}",
        "{\"schema\": \"srdi-whatif-request/1\", \"scenario\": " + scenario + ", \"reforms\": [{\"title\": \"no schema\"}]}",
        "{\"schema\": \"srdi-whatif-request/1\", \"scenario\": " + scenario + ", \"reforms\": {\"schema\": \"srdi-reform/1\"}}",
        "{\"schema\": \"srdi-whatif-request/1\", \"scenario\": " + scenario + ", \"set\": \"a=1\"}")) {
      assertFalse(request.validate(Json.mapper().readTree(bad)).isEmpty(), bad);
    }
  }

  @TestFactory
  Stream<DynamicTest> every_document_the_facade_writes_for_the_examples_validates() {
    var tests = new ArrayList<DynamicTest>();
    for (Jurisdiction j : SRDI.jurisdictions()) {
      String id = j.id().value();
      Path file = EXAMPLES.resolve(id + ".json");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(id, () -> {
        Scenario scenario = SRDI.readScenario(read(file)).get();
        assertValid(schema(EVALUATION), SRDI.evaluate(id, scenario, Scope.OWN_ENTERPRISES).get().toJson(), "evaluation");
        assertValid(schema(EVALUATION), SRDI.evaluate(id, scenario, Scope.OWN_ENTERPRISES).get().onlyYear(2024).toJson(),
            "one year's evaluation");
        Parameter<?> amount = j.parameters().stream().filter(p -> p.unit() == Unit.YUAN)
            .min(Comparator.comparing(Parameter::id)).orElseThrow();
        Overrides doubled = Overrides.none().withParameter(amount.id().value(),
            ((Money) amount.defaultValue()).times(2).toFenString());
        assertValid(schema(WHAT_IF), SRDI.whatIf(id, scenario, doubled, Scope.OWN_ENTERPRISES).get().toJson(), "what-if");
        for (String reform : List.of("guilin-growth-5permille.yaml", "zhanjiang-award-doubled.json")) {
          assertValid(schema(PORTFOLIO_WHAT_IF), SRDI.whatIf(scenario,
              SRDI.readReform(read(EXAMPLES.resolve("reforms").resolve(reform))).get()).get().toJson(), "portfolio what-if");
        }
        assertValid(schema(COMPARE), SRDI.compare(scenario).get().toJson(), "compare");
        assertValid(schema(COMPARE), SRDI.compare(scenario).get().onlyYear(2024).toJson(), "one year's compare");
        assertValid(schema(TARGETS), SRDI.targets(id, scenario, 2025, Scope.OWN_ENTERPRISES).get().toJson(), "targets");
        assertValid(schema(DUTIES), SRDI.duties(id, Optional.of(YearMonth.of(2025, 3))).get().toJson(), "duties");
        assertValid(schema(MEASURES), SRDI.catalogue(id).get().toJson(), "measures");
        assertValid(schema(DOCUMENT), SRDI.document(id).get().toJson(), "document");
        assertValid(schema(DOCUMENT), SRDI.document(id, scenario.portfolio(), scenario.asOf().get()).get().toJson(),
            "document with the policy check's findings");
        assertValid(schema(EVALUATION_LINE), Json.compact(EvaluationJson.lineError(Optional.empty(), 3, "not UTF-8 text")),
            "JSON Lines error line");
        assertValid(schema(EVALUATION_LINE), Json.compact(EvaluationJson.lineSkipped("E1", 4, "names another city")),
            "JSON Lines skipped line");
        for (var result : SRDI.evaluate(id, scenario.enterprises().stream(), scenario.asOf().get()).get().toList()) {
          assertValid(schema(EVALUATION_LINE), Json.compact(EvaluationJson.enterprise(result)), "JSON Lines record");
        }
      }));
    }
    assertEquals(3, tests.size(), "each city has an example scenario");
    tests.add(DynamicTest.dynamicTest("jurisdictions", () -> assertValid(schema(JURISDICTIONS),
        Json.pretty(CatalogJson.jurisdictions(SRDI.jurisdictions(), SRDI.loadFailures())), "jurisdictions")));
    return tests.stream();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
