package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.api.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin that could not be loaded is the deployment's fault: 503, never a 400 that blames the request. */
final class HttpProblemTest {

  @Test
  void a_jurisdiction_whose_plugin_failed_is_503_with_its_code() {
    HttpProblem p = HttpProblem.of(new Problem.JurisdictionNotLoaded("guilin", "it threw"));
    assertEquals(503, p.status());
    assertEquals("jurisdiction-not-loaded", p.code());
    assertEquals("Jurisdiction not loaded", p.title());
    assertEquals("jurisdiction 'guilin' failed to load: it threw", p.detail());
  }

  @Test
  void no_jurisdiction_loaded_at_all_is_503_with_its_code() {
    HttpProblem p = HttpProblem.of(new Problem.NoJurisdictionLoaded(List.of()));
    assertEquals(503, p.status());
    assertEquals("no-jurisdiction-loaded", p.code());
    assertEquals("No jurisdiction loaded", p.title());
  }

  @Test
  void a_missing_date_stays_400() {
    assertEquals(400, HttpProblem.of(new Problem.MissingAsOf()).status());
  }
}
