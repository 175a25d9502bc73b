package dev.srdi.core.spi;

import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;
import java.util.List;

/**
 * A city's policies, found by {@link java.util.ServiceLoader}: register the implementation in
 * {@code META-INF/services/dev.srdi.core.spi.Jurisdiction}. Every contribution but the identity has
 * a default returning an empty list, so that a new kind of contribution never breaks a plugin.
 */
public interface Jurisdiction {

  JurisdictionId id();

  String nameZh();

  String nameEn();

  default List<PolicyDocument> documents() {
    return List.of();
  }

  /** Monetary measures and non-monetary benefits that an enterprise can earn. */
  default List<Measure> measures() {
    return List.of();
  }

  /** Measures whose subject the portfolio shows, such as a park. */
  default List<PortfolioMeasure> portfolioMeasures() {
    return List.of();
  }

  default List<Task> tasks() {
    return List.of();
  }

  default List<Target> targets() {
    return List.of();
  }

  default List<RecurringDuty> duties() {
    return List.of();
  }

  /**
   * Every parameter of the city, including those its measures and targets read: the engine refuses
   * to read one that is not listed here.
   */
  default List<Parameter<?>> parameters() {
    return List.of();
  }

  default List<Interpretation> interpretations() {
    return List.of();
  }

  default List<Department> departments() {
    return List.of();
  }

  /** The achievement types the city's measures read. */
  default List<AchievementTypeDeclaration> achievementTypes() {
    return List.of();
  }
}
