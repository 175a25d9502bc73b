package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.json.InputError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader refuses beyond the shape of the JSON: each error with its path and line, every one at once. */
final class ScenarioValidationTest {
  private static final Srdi SRDI = Srdi.of(List.of(new dev.srdi.testland.Testland()));

  private static List<String> errors(String json) {
    Problem problem = SRDI.readScenario(json).getLeft();
    return ((Problem.InvalidInput) problem).errors().stream().sorted().map(InputError::describe).toList();
  }

  private static List<String> lineErrors(String line, int number) {
    Problem problem = SRDI.readEnterprise(line, number).getLeft();
    return ((Problem.InvalidInput) problem).errors().stream().map(InputError::describe).toList();
  }

  @Test
  void refusals_of_the_whole_document_say_where() {
    assertEquals(List.of("$: no JSON found: the text is empty or only white space (line 1)"), errors(""));
    assertEquals(List.of("$: no JSON found: the text is empty or only white space (line 1)"), errors(" \n\t\n"));
    assertEquals(List.of("$: must be a JSON object (line 1)"), errors("[{\"schema\": \"srdi-scenario/1\"}]"));
    assertEquals(List.of("$: must be a JSON object (line 2)"), errors("\n42"));
    assertEquals(List.of("$: must be a JSON object (line 7)"), lineErrors("\"text\"", 7));
  }

  @Test
  void a_limit_of_the_reader_says_the_line_it_was_passed_on() {
    String deep = "{\"schema\": \"srdi-scenario/1\",\n \"enterprises\": " + "[".repeat(100) + "]".repeat(100) + "}";
    List<String> errors = errors(deep);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("too large or too deep: nested more than 64 levels deep"), errors.toString());
    assertTrue(errors.get(0).startsWith("$: ") && errors.get(0).endsWith("(line 2)"), errors.toString());
    String longName = "{\"schema\": \"srdi-scenario/1\",\n \"enterprises\": [\n {\"id\": \"A\", \"name\": \""
        + "x".repeat(70_000) + "\"}]}";
    assertEquals(List.of("enterprises[0].name: too large or too deep: a string longer than 65536 characters (line 3)"),
        errors(longName));
  }

  @Test
  void duplicate_ids_are_reported_beside_the_other_errors_with_both_places() {
    assertEquals(List.of(
        "enterprises[0].financials[0].revenue: must not be negative (line 3)",
        "enterprises[1].id: duplicate id 'A' (also enterprises[0], line 3) (line 4)"), errors("""
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
         "enterprises": [
          {"id": "A", "financials": [{"year": 2024, "revenue": -1}]},
          {"id": "A"}]}
        """));
  }

  @Test
  void lone_surrogates_in_ids_and_names_are_refused_at_their_path() {
    assertEquals(List.of(
        "enterprises[0].id: holds a lone surrogate (\\uD800 at character 1), which is half a character, not text (line 3)",
        "enterprises[1].name: holds a lone surrogate (\\uDC00 at character 2), which is half a character, not text (line 4)"),
        errors("""
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
         "enterprises": [
          {"id": "\\ud800X"},
          {"id": "B", "name": "X\\udc00"}]}
        """));
    assertTrue(SRDI.readScenario("""
        {"schema": "srdi-scenario/1", "enterprises": [{"id": "\\ud83d\\ude00 pair"}]}
        """).isRight(), "a surrogate pair is one character");
  }

  @Test
  void an_unknown_jurisdiction_a_stray_park_and_events_after_as_of_are_every_one_reported() {
    assertEquals(List.of(
        "enterprises[0].jurisdiction: no jurisdiction plugin provides 'atlantis' (known: testland) (line 3)",
        "enterprises[1].park: park 'NOWHERE' is not among the scenario's parks (declared: P1, P2) (line 4)",
        "enterprises[2].park: park 'P2' is in atlantis (parks[1]), not in testland, the enterprise's jurisdiction (line 5)",
        "enterprises[3].relocatedFromOutside: is 2026-01-01, after the scenario's asOf 2025-12-31:"
            + " a scenario gives what has happened by its asOf (line 6)",
        "enterprises[3].recognitions[0].date: is 2026-03-01, after the scenario's asOf 2025-12-31:"
            + " a scenario gives what has happened by its asOf (line 7)",
        "enterprises[3].achievements[0].date: is 2026-02-01, after the scenario's asOf 2025-12-31:"
            + " a scenario gives what has happened by its asOf (line 8)",
        "parks[1].jurisdiction: no jurisdiction plugin provides 'atlantis' (known: testland) (line 10)"), errors("""
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
         "enterprises": [
          {"id": "A", "jurisdiction": "atlantis"},
          {"id": "B", "jurisdiction": "testland", "park": "NOWHERE"},
          {"id": "C", "jurisdiction": "testland", "park": "P2"},
          {"id": "D", "relocatedFromOutside": "2026-01-01",
           "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2026-03-01"}],
           "achievements": [{"type": "CLOUD_ADOPTION", "date": "2026-02-01", "investment": 1000}]}],
         "parks": [{"id": "P1", "jurisdiction": "testland"},
          {"id": "P2", "jurisdiction": "atlantis"}]}
        """));
  }

  @Test
  void a_json_lines_record_of_an_unknown_jurisdiction_is_an_error_on_its_line() {
    assertEquals(List.of("jurisdiction: no jurisdiction plugin provides 'atlantis' (known: testland) (line 4)"),
        lineErrors("{\"id\": \"A\", \"jurisdiction\": \"atlantis\"}", 4));
  }

  @Test
  void what_is_valid_stays_valid() {
    assertTrue(SRDI.readScenario("""
        {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
         "enterprises": [{"id": "A", "jurisdiction": "testland", "park": "P1", "relocatedFromOutside": "2025-12-31",
           "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2025-12-31"}]},
          {"id": "B", "park": "P1"}],
         "parks": [{"id": "P1", "jurisdiction": "testland"}]}
        """).isRight());
  }
}
