package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.cli.Cli.scenario;
import static dev.srdi.schemas.Schemas.EVALUATION;
import static dev.srdi.schemas.Schemas.EVALUATION_LINE;
import static dev.srdi.schemas.Schemas.JURISDICTIONS;
import static dev.srdi.schemas.Schemas.SCENARIO;
import static dev.srdi.schemas.Schemas.assertValid;
import static dev.srdi.schemas.Schemas.definition;
import static dev.srdi.schemas.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import dev.srdi.cli.demo.DemoScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published JSON Schemas (draft 2020-12) accept the demo and the command's own output; the
 * contract's examples are checked where the schemas live (srdi-api's ContractSchemasTest).
 */
final class SchemaTest {
  private static final Path CONTRACT = Path.of("..", "docs", "CONTRACT.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void the_demo_scenario_validates() throws Exception {
    assertValid(schema(SCENARIO), DemoScenario.text(), "demo scenario");
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
    Schema lineSchema = schema(EVALUATION_LINE);
    List<String> lines = streamed.out().lines().toList();
    assertEquals(31, lines.size());
    for (String line : lines.subList(0, 30)) {
      assertValid(lineSchema, line, "JSON Lines record");
    }
    assertValid(lineSchema, lines.get(30), "JSON Lines error");
    assertTrue(lines.get(30).contains("\"error\""), lines.get(30));

    // Without --all-enterprises the generated firms of the other loaded cities keep their places as skipped lines.
    var scoped = run("evaluate", "-j", "testland", "-s", file.toString(), "--as-of", "2025-12-31", "-f", "json");
    List<String> scopedLines = scoped.out().lines().toList();
    List<String> generatedLines = generated.out().lines().toList();
    assertEquals(31, scopedLines.size());
    int skipped = 0;
    for (int i = 0; i < 30; i++) {
      String line = scopedLines.get(i);
      assertValid(lineSchema, line, "JSON Lines line");
      boolean other = !generatedLines.get(i).contains("\"jurisdiction\":\"testland\"");
      assertEquals(other, line.contains("\"skipped\""), line);
      skipped += other ? 1 : 0;
    }
    assertTrue(skipped > 0, "some generated firms name another city");

    var jurisdictions = run("jurisdictions", "-f", "json");
    assertValid(schema(JURISDICTIONS), jurisdictions.out(), "jurisdictions output");
  }
}
