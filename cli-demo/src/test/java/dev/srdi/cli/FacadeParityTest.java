package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.api.Scenario;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.core.parameter.Overrides;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command answers through the facade: for the same scenario and scope, {@code srdi evaluate},
 * {@code whatif} and {@code targets} print exactly the JSON a portal gets from {@link Srdi}.
 */
final class FacadeParityTest {
  private static final Srdi SRDI = Srdi.load();
  private static final String MIXED = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31", "enterprises": [
        {"id": "OWN", "jurisdiction": "testland",
         "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]},
        {"id": "AWAY", "jurisdiction": "guilin",
         "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}
      ]}
      """;

  @Test
  void evaluate_prints_the_facades_json_in_either_scope(@TempDir Path dir) {
    String file = Cli.write(dir, "mixed.json", MIXED).toString();
    Scenario scenario = SRDI.readScenario(MIXED).get();

    var own = run("evaluate", "-j", "testland", "-s", file, "-f", "json");
    assertEquals(0, own.exit(), own.err());
    assertEquals(SRDI.evaluate("testland", scenario, Scope.OWN_ENTERPRISES).get().toJson(), own.out());
    assertTrue(own.out().contains("\"leftOut\""), own.out());

    var every = run("evaluate", "-j", "testland", "-s", file, "-f", "json", "--all-enterprises");
    assertEquals(SRDI.evaluate("testland", scenario, Scope.EVERY_ENTERPRISE).get().toJson(), every.out());
  }

  @Test
  void whatif_and_targets_print_the_facades_json(@TempDir Path dir) {
    String file = Cli.write(dir, "mixed.json", MIXED).toString();
    Scenario scenario = SRDI.readScenario(MIXED).get();

    var whatIf = run("whatif", "-j", "testland", "-s", file, "-f", "json",
        "--set", "testland.srdi-award.amount=150000");
    assertEquals(0, whatIf.exit(), whatIf.err());
    assertEquals(SRDI.whatIf("testland", scenario, Overrides.none().withParameter("testland.srdi-award.amount", "150000"),
        Scope.OWN_ENTERPRISES).get().toJson(), whatIf.out());

    var targets = run("targets", "-j", "testland", "-s", file, "-f", "json", "--year", "2025");
    assertEquals(0, targets.exit(), targets.err());
    assertEquals(SRDI.targets("testland", scenario, 2025, Scope.OWN_ENTERPRISES).get().toJson(), targets.out());
  }
}
