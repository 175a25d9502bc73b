package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.json.Json;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.lines.JsonLineFormat;
import dev.srdi.api.lines.PortfolioLines;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A plugin that throws on one enterprise of a JSON Lines portfolio, evaluated on several threads: that
 * line is one error line, the others are what a sound plugin writes, and the totals count the error.
 */
final class PortfolioLinesFaultTest {
  private static final String LINES = """
      {"id": "A", "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}
      {"id": "BAD", "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}
      {"id": "C", "recognitions": [{"title": "LITTLE_GIANT", "level": "NATIONAL", "date": "2024-07-01"}]}
      """;

  private static List<String> run(Srdi srdi, int threads, int[] invalid) throws Exception {
    var out = new ArrayList<String>();
    var lines = new PortfolioLines(srdi, srdi.jurisdictions().get(0), LocalDate.of(2025, 12, 31), Optional.empty(),
        Scope.EVERY_ENTERPRISE, new JsonLineFormat(), (e, j) -> "elsewhere", threads);
    try (var in = new Utf8Lines(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)))) {
      invalid[0] = lines.run(in::next, (record, written) -> {
        out.add(record.text());
        written.run();
        return true;
      }, done -> { }).invalid();
    }
    return out;
  }

  @Test
  void the_failed_enterprise_is_one_error_line_and_the_others_are_as_a_sound_plugin_writes_them() throws Exception {
    int[] invalid = {0};
    List<String> sound = run(Srdi.of(List.of(new dev.srdi.testland.Testland())), 1, invalid);
    assertEquals(0, invalid[0]);
    for (int threads = 1; threads <= 3; threads++) {
      List<String> faulty = run(Srdi.of(List.of(new FaultyCity())), threads, invalid);
      assertEquals(3, faulty.size(), faulty.toString());
      assertEquals(1, invalid[0]);
      assertEquals(sound.get(0), faulty.get(0));
      assertEquals(sound.get(2), faulty.get(2));
      var bad = Json.mapper().readTree(faulty.get(1));
      assertEquals(2, bad.get("line").asInt());
      assertEquals("BAD", bad.get("id").asText());
      assertTrue(bad.get("error").asText().startsWith("plugin testland failed in measure "), bad.toString());
    }
  }
}
