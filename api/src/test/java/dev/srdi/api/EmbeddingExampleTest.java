package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Guice;
import dev.srdi.api.json.Json;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example for portal developers, compiled and run here. The lines between the
 * markers are the snippet; {@link #the_readme_shows_exactly_this_snippet} keeps the two the same.
 */
final class EmbeddingExampleTest {
  private static final Path SELF = Path.of("src", "test", "java", "dev", "srdi", "api", "EmbeddingExampleTest.java");
  private static final Path README = Path.of("..", "README.md");

  // snippet:start
  // Load once at start-up: ServiceLoader finds the city plugins. The facade is immutable and thread-safe.
  static final Srdi SRDI = Srdi.load();

  // Or with Guice: the module binds the registry, the engine and the facade as singletons.
  static Srdi withGuice() {
    return Guice.createInjector(new SrdiApiModule()).getInstance(Srdi.class);
  }

  // Per request: parse (every error by JSON path and line), evaluate, answer with the contract's JSON.
  static String answer(String jurisdiction, String scenarioJson) {
    Validation<Seq<InputError>, Scenario> read = SRDI.readScenario(scenarioJson);
    if (read.isInvalid()) {
      return read.getError().map(InputError::describe).mkString("\n");
    }
    return SRDI.evaluate(jurisdiction, read.get()).fold(problem -> problem, SRDI::toJson);
  }
  // snippet:end

  private static final String SCENARIO = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
       "enterprises": [{"id": "E1", "recognitions": [
         {"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}]}
      """;

  @Test
  void the_example_answers_with_the_contracts_json() throws Exception {
    JsonNode out = Json.mapper().readTree(answer("testland", SCENARIO));
    assertEquals("100000.00", out.get("summary").get("total").asText());
  }

  @Test
  void the_example_answers_bad_input_with_path_and_line() {
    String errors = answer("testland", "{\"schema\": \"srdi-scenario/1\",\n \"enterprises\": [{\"id\": 7}]}");
    assertEquals("enterprises[0].id: must be a string (line 2)", errors);
  }

  @Test
  void the_guice_path_gives_the_same_answers() throws Exception {
    Srdi guiced = withGuice();
    var read = guiced.readScenario(SCENARIO);
    assertEquals(SRDI.toJson(SRDI.evaluate("testland", read.get()).get()),
        guiced.toJson(guiced.evaluate("testland", read.get()).get()));
  }

  @Test
  void the_readme_shows_exactly_this_snippet() throws Exception {
    List<String> lines = Files.readAllLines(SELF, StandardCharsets.UTF_8);
    int start = lines.indexOf("  // snippet:start");
    int end = lines.indexOf("  // snippet:end");
    assertTrue(start >= 0 && end > start, "markers in " + SELF);
    String snippet = String.join("\n", lines.subList(start + 1, end).stream()
        .map(l -> l.length() >= 2 ? l.substring(2) : l).toList());
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf("<!-- embedding:start -->");
    int to = readme.indexOf("<!-- embedding:end -->");
    assertTrue(from >= 0 && to > from, "README.md has the embedding markers");
    String section = readme.substring(from, to);
    assertTrue(section.contains("```java\n" + snippet + "\n```"), "README.md's embedding section must hold:\n" + snippet);
  }
}
