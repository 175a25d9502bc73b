package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Guice;
import dev.srdi.api.json.Json;
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

  // Or with Guice (optional): the module binds the facade as a singleton.
  static Srdi withGuice() {
    return Guice.createInjector(new SrdiApiModule()).getInstance(Srdi.class);
  }

  // Per request: read (every error by JSON path and line), evaluate the city's own enterprises,
  // answer with the contract's JSON; a Problem has a stable code and a message in plain words.
  static String answer(String jurisdiction, String scenarioJson) {
    return SRDI.readScenario(scenarioJson)
        .flatMap(scenario -> SRDI.evaluate(jurisdiction, scenario, Scope.OWN_ENTERPRISES))
        .fold(problem -> problem.code() + ": " + problem.message(), Evaluation::toJson);
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
    assertEquals("invalid-input: invalid input (1 error): enterprises[0].id: must be a string (line 2)", errors);
  }

  @Test
  void the_guice_path_gives_the_same_answers() throws Exception {
    Srdi guiced = withGuice();
    var read = guiced.readScenario(SCENARIO);
    assertEquals(SRDI.evaluate("testland", read.get(), Scope.OWN_ENTERPRISES).get().toJson(),
        guiced.evaluate("testland", read.get(), Scope.OWN_ENTERPRISES).get().toJson());
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

  /** One problem of each kind, so that a new kind fails here until the README's table says what it means. */
  private static final List<Problem> ONE_OF_EACH = List.of(
      new Problem.NoInput("scenario"),
      new Problem.InvalidInput(List.of(dev.srdi.api.json.InputError.at("asOf", 1, "not a date"))),
      new Problem.UnknownJurisdiction("atlantis", List.of("guilin")),
      new Problem.JurisdictionNotLoaded("guilin", "it threw"),
      new Problem.NoJurisdictionLoaded(List.of()),
      new Problem.MissingAsOf(),
      new Problem.InvalidOverrides(List.of(new dev.srdi.core.parameter.OverrideProblem.UnknownParameter("x.y", List.of()))));

  @Test
  void the_readme_says_what_each_problem_means() throws Exception {
    assertEquals(java.util.Set.of(Problem.class.getPermittedSubclasses()),
        ONE_OF_EACH.stream().map(Object::getClass).collect(java.util.stream.Collectors.toSet()),
        "one problem of each kind of Problem");
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("<!-- embedding:start -->"), readme.indexOf("<!-- embedding:end -->"));
    for (Problem p : ONE_OF_EACH) {
      String row = "| `" + p.code() + "` | `" + p.getClass().getSimpleName() + "` | ";
      assertTrue(section.contains(row), "README.md's table of problems lacks the row starting " + row);
    }
  }
}
