package dev.srdi.benchmarks;

import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import java.util.function.Predicate;

/**
 * A city with only some of its measures: the engine on exactly the rules the hand-written loop and
 * Drools implement, with everything else (documents, parameters, interpretations) the city's own.
 */
public final class OnlyMeasures implements Jurisdiction {
  private final Jurisdiction city;
  private final List<Measure> measures;

  public OnlyMeasures(Jurisdiction city, Predicate<Measure> keep) {
    this.city = city;
    this.measures = city.measures().stream().filter(keep).toList();
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("no measure of " + city.id() + " is kept");
    }
  }

  @Override public JurisdictionId id() {
    return city.id();
  }

  @Override public String nameZh() {
    return city.nameZh();
  }

  @Override public String nameEn() {
    return city.nameEn();
  }

  @Override public List<PolicyDocument> documents() {
    return city.documents();
  }

  @Override public List<Measure> measures() {
    return measures;
  }

  @Override public List<PortfolioMeasure> portfolioMeasures() {
    return List.of();
  }

  @Override public List<Parameter<?>> parameters() {
    return city.parameters();
  }

  @Override public List<Interpretation> interpretations() {
    return city.interpretations();
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return city.achievementTypes();
  }
}
