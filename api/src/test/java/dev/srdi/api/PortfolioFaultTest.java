package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testland.Testland;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin that throws in a portfolio measure spoils that measure's findings only, as an enterprise's fault does. */
final class PortfolioFaultTest {
  private static final String SCENARIO = """
      {"schema": "srdi-scenario/1", "asOf": "2025-12-31",
       "enterprises": [{"id": "A", "recognitions": [{"title": "SRDI_SME", "level": "PROVINCIAL", "date": "2023-06-30"}]}]}
      """;

  /** Testland whose first measure is a portfolio measure that throws, or, for the reference, one that finds nothing. */
  private static Jurisdiction testland(boolean throwing) {
    Testland testland = new Testland();
    MeasureDescriptor first = testland.measures().get(0).descriptor();
    PortfolioMeasure portfolio = new PortfolioMeasure() {
      @Override public MeasureDescriptor descriptor() {
        return first;
      }

      @Override public List<PortfolioFinding> assess(Portfolio p, EvaluationContext context) {
        if (throwing) {
          throw new IllegalStateException("no park table");
        }
        return List.of();
      }
    };
    return new ForwardingJurisdiction(testland) {
      @Override public List<Measure> measures() {
        return testland.measures().subList(1, testland.measures().size());
      }

      @Override public List<PortfolioMeasure> portfolioMeasures() {
        return List.of(portfolio);
      }
    };
  }

  @Test
  void a_failing_portfolio_measure_is_that_citys_fault_and_every_enterprise_is_still_evaluated() {
    Srdi faulty = Srdi.of(List.of(testland(true)));
    Srdi sound = Srdi.of(List.of(testland(false)));
    Evaluation withFault = faulty.evaluate("testland", faulty.readScenario(SCENARIO).get(), Scope.EVERY_ENTERPRISE).get();
    Evaluation without = sound.evaluate("testland", sound.readScenario(SCENARIO).get(), Scope.EVERY_ENTERPRISE).get();

    assertEquals(1, withFault.result().faults().size());
    String fault = withFault.result().faults().get(0).describe();
    assertTrue(fault.startsWith("plugin testland failed in portfolio measure "), fault);
    assertTrue(fault.endsWith("IllegalStateException: no park table"), fault);
    assertTrue(withFault.toJson().contains(fault), withFault.toJson());
    assertEquals(without.result().enterprises(), withFault.result().enterprises());
    assertTrue(without.result().faults().isEmpty());
  }

  @Test
  void compare_goes_on_for_the_city_whose_portfolio_measure_failed() {
    Srdi faulty = Srdi.of(List.of(testland(true)));
    Comparison c = faulty.compare(faulty.readScenario(SCENARIO).get()).get();
    assertTrue(c.toJson().contains("\"A\""), c.toJson());
  }
}
