package dev.srdi.core.spi;

import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.policy.ClauseMark;
import dev.srdi.core.policy.DeclaredFund;
import dev.srdi.core.policy.DocumentPart;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.target.Target;
import java.util.List;
import java.util.Objects;

/**
 * A jurisdiction that answers every question with another's answer; a subclass overrides what differs, e.g. a
 * city reduced to some measures for a benchmark, or one whose measure is wrapped for a test. Forwarding every
 * method, including those a later version adds, is why this is a class here rather than a copy in each
 * wrapper: a copy that forgot {@code funds()} or {@code targets()} would quietly be another city.
 */
public abstract class ForwardingJurisdiction implements Jurisdiction {
  private final Jurisdiction delegate;

  /**
   * Forwards to {@code delegate}.
   *
   * @param delegate the jurisdiction whose answers are given
   */
  protected ForwardingJurisdiction(Jurisdiction delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** {@return the jurisdiction whose answers are given} */
  protected final Jurisdiction delegate() {
    return delegate;
  }

  @Override public JurisdictionId id() {
    return delegate.id();
  }

  @Override public String nameZh() {
    return delegate.nameZh();
  }

  @Override public String nameEn() {
    return delegate.nameEn();
  }

  @Override public List<PolicyDocument> documents() {
    return delegate.documents();
  }

  @Override public List<Measure> measures() {
    return delegate.measures();
  }

  @Override public List<PortfolioMeasure> portfolioMeasures() {
    return delegate.portfolioMeasures();
  }

  @Override public List<Task> tasks() {
    return delegate.tasks();
  }

  @Override public List<Target> targets() {
    return delegate.targets();
  }

  @Override public List<RecurringDuty> duties() {
    return delegate.duties();
  }

  @Override public List<DeclaredFund> funds() {
    return delegate.funds();
  }

  @Override public List<Parameter<?>> parameters() {
    return delegate.parameters();
  }

  @Override public List<Interpretation> interpretations() {
    return delegate.interpretations();
  }

  @Override public List<Department> departments() {
    return delegate.departments();
  }

  @Override public List<AchievementTypeDeclaration> achievementTypes() {
    return delegate.achievementTypes();
  }

  @Override public List<String> programs() {
    return delegate.programs();
  }

  @Override public List<ClauseMark> clauseMarks() {
    return delegate.clauseMarks();
  }

  @Override public List<DocumentPart> documentParts() {
    return delegate.documentParts();
  }
}
