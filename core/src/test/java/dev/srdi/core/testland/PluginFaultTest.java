package dev.srdi.core.testland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin that throws on one enterprise loses that enterprise's result only. */
final class PluginFaultTest {
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

  private static Enterprise firm(String id) {
    return Enterprise.builder().id(EnterpriseId.of(id))
        .addRecognitions(Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.parse("2023-06-30")),
            Recognition.of(Title.LITTLE_GIANT, Level.NATIONAL, LocalDate.parse("2024-07-01")))
        .build();
  }

  private static PortfolioResult evaluate(List<Enterprise> firms, dev.srdi.core.spi.Jurisdiction j) {
    return TestKit.engine().evaluate(j, Portfolio.of(firms), END_2025, TestKit.settings(j,
        dev.srdi.core.parameter.Overrides.none()));
  }

  @Test
  void the_enterprise_a_plugin_throws_on_becomes_a_fault_naming_plugin_measure_and_enterprise() {
    var faulty = new FaultyTestland();
    PortfolioResult result = evaluate(List.of(firm("A"), firm("BAD"), firm("DEEP"), firm("B")), faulty);

    EnterpriseResult bad = result.enterprises().get(1);
    assertTrue(bad.isFailed());
    String measure = faulty.measures().get(0).id().value();
    assertEquals("plugin testland failed in measure " + measure + " for enterprise BAD: "
        + "IllegalStateException: table row missing for BAD", bad.fault().orElseThrow().describe());
    EnterpriseResult deep = result.enterprises().get(2);
    assertTrue(deep.fault().orElseThrow().error().startsWith("StackOverflowError"), deep.fault().toString());
    assertTrue(bad.entitlements().isEmpty() && bad.notEligible().isEmpty());
  }

  @Test
  void every_other_enterprise_gets_exactly_what_a_sound_plugin_gives_it() {
    PortfolioResult withFault = evaluate(List.of(firm("A"), firm("BAD"), firm("B")), new FaultyTestland());
    PortfolioResult sound = evaluate(List.of(firm("A"), firm("B")), new Testland());

    assertEquals(sound.enterprises().get(0), withFault.enterprises().get(0));
    assertEquals(sound.enterprises().get(1), withFault.enterprises().get(2));
    assertFalse(withFault.enterprises().get(0).isFailed());
  }
}
