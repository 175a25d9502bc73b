package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.core.policy.JurisdictionId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README's embedding section says about scope holds: {@code Srdi.evaluate} evaluates every
 * enterprise, {@code srdi evaluate} only the city's own, and {@code Scenario.ownedBy} gives a portal the latter.
 */
final class EmbeddingScopeTest {
  private static final String MIXED = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
        {"id": "OWN", "jurisdiction": "testland",
         "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]},
        {"id": "AWAY", "jurisdiction": "guilin",
         "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}
      ]}
      """;

  @Test
  void the_api_evaluates_every_enterprise_and_owned_by_gives_what_the_command_gives(@TempDir Path dir) throws Exception {
    Srdi srdi = Srdi.load();
    Scenario scenario = srdi.readScenario(MIXED).get();
    JsonNode all = Json.mapper().readTree(srdi.toJson(srdi.evaluate("testland", scenario).get()));
    assertEquals(2, all.get("enterprises").size());

    var cli = run("evaluate", "-j", "testland", "-s", Cli.write(dir, "mixed.json", MIXED).toString(), "-f", "json");
    assertEquals(0, cli.exit(), cli.err());
    JsonNode command = Json.mapper().readTree(cli.out());
    assertEquals("AWAY", command.get("leftOut").get(0).get("id").asText());

    JsonNode owned = Json.mapper().readTree(
        srdi.toJson(srdi.evaluate("testland", scenario.ownedBy(JurisdictionId.of("testland"))).get()));
    assertEquals(command.get("enterprises"), owned.get("enterprises"));
    assertEquals(command.get("summary"), owned.get("summary"));
  }

  @Test
  void the_readme_points_portals_to_owned_by() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("<!-- embedding:start -->"), readme.indexOf("<!-- embedding:end -->"));
    assertTrue(section.contains("`Scenario.ownedBy(JurisdictionId)`") && section.contains("dev.srdi.api.Scenario")
        && section.contains("`Srdi.evaluate` evaluates every enterprise"), section);
  }
}
