package dev.srdi.benchmarks;

import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import java.util.function.Predicate;

/**
 * A city with only some of its measures: the engine on exactly the rules the hand-written loop and
 * Drools implement, with everything else (documents, parameters, interpretations, funds) the city's own.
 */
public final class OnlyMeasures extends ForwardingJurisdiction {
  private final List<Measure> measures;

  public OnlyMeasures(Jurisdiction city, Predicate<Measure> keep) {
    super(city);
    this.measures = city.measures().stream().filter(keep).toList();
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("no measure of " + city.id() + " is kept");
    }
  }

  @Override public List<Measure> measures() {
    return measures;
  }

  @Override public List<PortfolioMeasure> portfolioMeasures() {
    return List.of();
  }
}
