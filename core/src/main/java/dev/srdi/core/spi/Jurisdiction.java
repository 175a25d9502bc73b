package dev.srdi.core.spi;

import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DocumentPart;
import java.util.List;

/**
 * A city's policies, found by {@link java.util.ServiceLoader}: register the implementation in
 * {@code META-INF/services/dev.srdi.core.spi.Jurisdiction}. Every contribution but the identity has
 * a default returning an empty list, so that a new kind of contribution never breaks a plugin.
 */
public interface Jurisdiction {

  /**
   * The jurisdiction's id, e.g. {@code guilin}: unique among the loaded plugins.
   *
   * @return the id
   */
  JurisdictionId id();

  /**
   * Its name in Chinese, e.g. 桂林市.
   *
   * @return the name
   */
  String nameZh();

  /**
   * Its name in English, e.g. Guilin.
   *
   * @return the name
   */
  String nameEn();

  /**
   * The policy documents its measures cite, with their in-force windows.
   *
   * @return the documents
   */
  default List<PolicyDocument> documents() {
    return List.of();
  }

  /**
   * Monetary measures and non-monetary benefits that an enterprise can earn.
   *
   * @return the measures
   */
  default List<Measure> measures() {
    return List.of();
  }

  /**
   * Measures whose subject the portfolio shows, such as a park.
   *
   * @return the portfolio measures
   */
  default List<PortfolioMeasure> portfolioMeasures() {
    return List.of();
  }

  /**
   * The tasks the documents give departments, without an amount.
   *
   * @return the tasks
   */
  default List<Task> tasks() {
    return List.of();
  }

  /**
   * The numeric targets the documents set, such as new SRDI firms a year.
   *
   * @return the targets
   */
  default List<Target> targets() {
    return List.of();
  }

  /**
   * The duties that recur on a schedule, such as a yearly review.
   *
   * @return the duties
   */
  default List<RecurringDuty> duties() {
    return List.of();
  }

  /**
   * The funds the measures are paid from, each with its short stable id. A jurisdiction that
   * declares funds must declare every funding source its measures name (the registry checks); one
   * that declares none gets ids numbered in the order its measures name their funding sources.
   *
   * @return the funds, in the order of their ids
   */
  default List<DeclaredFund> funds() {
    return List.of();
  }

  /**
   * Every parameter of the city, including those its measures and targets read: the engine refuses
   * to read one that is not listed here.
   */
  /**
   * Every parameter of the city, including those its measures and targets read: the engine refuses
   * to read one that is not listed here.
   *
   * @return the parameters
   */
  default List<Parameter<?>> parameters() {
    return List.of();
  }

  /**
   * The readings of the text a what-if may switch, each with its default.
   *
   * @return the interpretations
   */
  default List<Interpretation> interpretations() {
    return List.of();
  }

  /**
   * The departments its responsibilities name.
   *
   * @return the departments
   */
  default List<Department> departments() {
    return List.of();
  }

  /**
   * The achievement types the city's measures read.
   *
   * @return the declarations
   */
  default List<AchievementTypeDeclaration> achievementTypes() {
    return List.of();
  }

  /**
   * The programme ids an achievement's {@code program} attribute may name under this city's measures
   * (e.g. the demonstration programmes a clause lists), so that a generator or a form can offer them.
   *
   * @return the ids, none by default
   */
  default List<String> programs() {
    return List.of();
  }

  /**
   * What the plugin says of clauses nothing cites: no rule to encode, or a known gap, each with its reason.
   *
   * @return the marks
   */
  default List<ClauseMark> clauseMarks() {
    return List.of();
  }

  /**
   * The texts inside a document that number their clauses on their own (a notice that issues two plans).
   *
   * @return the parts; none for a document that is one text
   */
  default List<DocumentPart> documentParts() {
    return List.of();
  }
}
