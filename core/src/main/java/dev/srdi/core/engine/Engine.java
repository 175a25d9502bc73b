package dev.srdi.core.engine;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.ParameterReads;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.TargetReport;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates enterprises against one jurisdiction as of a date. Each measure proposes claims; the
 * engine orders them by date over the enterprise's whole history, keeps those inside the measure's
 * window, applies the declared stacking rules against a ledger of what was already earned, and
 * rounds each amount once. Thread-safe: one instance serves any number of callers; the only state
 * it keeps is each jurisdiction's lookups, built once and never changed.
 */
public final class Engine {
  private final Map<Jurisdiction, JurisdictionPlan> plans = new ConcurrentHashMap<>();

  /**
   * The jurisdiction's defaults, changed by the overrides; every bad override is reported.
   *
   * @param jurisdiction the jurisdiction
   * @param overrides the changed parameters and interpretations
   * @return the settings, or every problem
   */
  public Validation<Seq<OverrideProblem>, Settings> settings(Jurisdiction jurisdiction, Overrides overrides) {
    return Settings.resolve(jurisdiction.parameters(), jurisdiction.interpretations(), overrides);
  }

  /**
   * The jurisdiction's parameters and interpretations as its text sets them, resolved once per
   * jurisdiction and shared (the facade asks for them for every JSON Lines record).
   *
   * @param jurisdiction the jurisdiction
   * @return the defaults
   */
  public Settings defaults(Jurisdiction jurisdiction) {
    return plan(jurisdiction).defaults();
  }

  /**
   * Every enterprise of the portfolio, and the portfolio measures.
   *
   * @param jurisdiction the jurisdiction
   * @param portfolio the enterprises and parks
   * @param asOf the day of the evaluation
   * @param settings the parameters and interpretations to apply
   * @return the result, enterprises in the portfolio's order
   */
  public PortfolioResult evaluate(Jurisdiction jurisdiction, Portfolio portfolio, LocalDate asOf, Settings settings) {
    JurisdictionPlan plan = plan(jurisdiction);
    var context = new EvaluationContext(asOf, settings, portfolio);
    List<EnterpriseResult> results = portfolio.enterprises().stream()
        .map(e -> EnterpriseSettlement.evaluate(plan, e, context))
        .toList();
    // A portfolio measure, too, reads each parameter on the date of its event.
    var dated = context.withSettings(settings.readOnEventDays(new ParameterReads()));
    var findings = new ArrayList<PortfolioFinding>();
    var faults = new ArrayList<PortfolioFault>();
    for (PortfolioMeasure m : plan.portfolioMeasures()) {
      // Isolated as an enterprise's measures are: one failing portfolio measure spoils its own findings only.
      try {
        findings.addAll(m.assess(portfolio, dated));
      } catch (RuntimeException | Error e) {
        if (!PluginFault.isolable(e)) {
          throw e;
        }
        var fault = new PortfolioFault(jurisdiction.id(), m.descriptor().id(), PluginFault.describe(e));
        faults.add(fault);
        findings.add(new PortfolioFinding(fault.measure(), "the portfolio", false, fault.describe()));
      }
    }
    return new PortfolioResult(jurisdiction.id(), asOf, results, findings, faults);
  }

  /**
   * One enterprise, its whole history in date order.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @param context the day, the settings and the portfolio it belongs to
   * @return its result
   */
  public EnterpriseResult evaluate(Jurisdiction jurisdiction, Enterprise enterprise, EvaluationContext context) {
    return EnterpriseSettlement.evaluate(plan(jurisdiction), enterprise, context);
  }

  /**
   * Baseline and variant over the same portfolio, and what the change costs.
   *
   * @param jurisdiction the jurisdiction
   * @param portfolio the enterprises and parks
   * @param asOf the day of the evaluation
   * @param baseline the settings compared against (usually the defaults)
   * @param variant the changed settings
   * @return both results and the differences
   */
  public WhatIfResult whatIf(
      Jurisdiction jurisdiction, Portfolio portfolio, LocalDate asOf, Settings baseline, Settings variant) {
    return WhatIfResult.of(
        evaluate(jurisdiction, portfolio, asOf, baseline),
        evaluate(jurisdiction, portfolio, asOf, variant),
        variant);
  }

  /**
   * Each target of the jurisdiction for a year: required, reached, gap and status.
   *
   * @param jurisdiction the jurisdiction
   * @param portfolio the enterprises counted
   * @param year the year the report is for
   * @param asOf the day of the evaluation
   * @param settings the settings the targets are read under
   * @return one report per target
   */
  public List<TargetReport> targets(
      Jurisdiction jurisdiction, Portfolio portfolio, int year, LocalDate asOf, Settings settings) {
    return TargetEvaluator.report(jurisdiction, portfolio, year, asOf, settings);
  }

  /**
   * The jurisdiction's lookups, built on first use and kept: a plugin's declarations are fixed once
   * it is loaded, so every later enterprise (a stream of them included) reuses them.
   */
  private JurisdictionPlan plan(Jurisdiction jurisdiction) {
    return plans.computeIfAbsent(jurisdiction, JurisdictionPlan::of);
  }
}
