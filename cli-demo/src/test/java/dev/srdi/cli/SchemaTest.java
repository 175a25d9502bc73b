package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static dev.srdi.schemas.Schemas.EVALUATION;
import static dev.srdi.schemas.Schemas.SCENARIO;
import static dev.srdi.schemas.Schemas.assertValid;
import static dev.srdi.schemas.Schemas.definition;
import static dev.srdi.schemas.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.srdi.api.json.Json;
import dev.srdi.cli.demo.DemoScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published JSON Schemas (draft 2020-12) accept every example of the contract, the demo, and the command's own output. */
final class SchemaTest {
  private static final Path CONTRACT = Path.of("..", "docs", "CONTRACT.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void every_json_example_of_the_contract_validates() throws Exception {
    String contract = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    Matcher m = JSON_BLOCK.matcher(contract);
    var blocks = new ArrayList<String>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertEquals(2, blocks.size(), "the contract has a scenario and an evaluation example");
    int scenarios = 0;
    int evaluations = 0;
    for (String block : blocks) {
      JsonNode node = Json.mapper().readTree(block);
      if (node.has("schema")) {
        assertValid(schema(SCENARIO), block, "scenario example");
        scenarios++;
      } else {
        assertValid(schema(EVALUATION), block, "evaluation example");
        evaluations++;
      }
    }
    assertEquals(1, scenarios);
    assertEquals(1, evaluations);
  }

  @Test
  void the_demo_scenario_validates() throws Exception {
    assertValid(schema(SCENARIO), DemoScenario.text(), "demo scenario");
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
  }

  @Test
  void the_commands_output_validates(@TempDir Path dir) throws Exception {
    var evaluated = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "-f", "json");
    assertValid(schema(EVALUATION), evaluated.out(), "evaluate output");
    var year = run("evaluate", "-j", "testland", "-s", scenario("testland.json"), "--year", "2023", "-f", "json");
    assertValid(schema(EVALUATION), year.out(), "evaluate --year output");

    var generated = run("generate", "-n", "30", "--seed", "9");
    Schema enterprise = definition(SCENARIO, "enterprise");
    for (String line : generated.out().lines().toList()) {
      assertValid(enterprise, line, "generated line");
    }
    Path file = Cli.write(dir, "g.jsonl", generated.out() + "{\"id\": \"bad\", \"industry\": \"MINING\"}\n");
    var streamed = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json",
        "--all-enterprises");
    Schema record = definition(EVALUATION, "enterpriseResult");
    Schema lineError = definition(EVALUATION, "lineError");
    List<String> lines = streamed.out().lines().toList();
    assertEquals(31, lines.size());
    for (String line : lines.subList(0, 30)) {
      assertValid(record, line, "JSON Lines record");
    }
    assertValid(lineError, lines.get(30), "JSON Lines error");

    // Without --all-enterprises the generated firms, which name the three real cities, keep their places as skipped lines.
    var scoped = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    Schema skipped = definition(EVALUATION, "lineSkipped");
    List<String> scopedLines = scoped.out().lines().toList();
    assertEquals(31, scopedLines.size());
    for (String line : scopedLines.subList(0, 30)) {
      assertValid(skipped, line, "JSON Lines skipped line");
    }
  }
}
