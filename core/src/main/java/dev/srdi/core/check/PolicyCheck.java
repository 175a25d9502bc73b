package dev.srdi.core.check;

import dev.srdi.core.engine.Engine;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;

/** Runs the policy checks over a jurisdiction, its settings and a sample portfolio; pure, no I/O. */
public final class PolicyCheck {
  /** Every check, in the order a reader meets the questions. */
  public static final List<Check> ALL = List.of(
      new CapBinding(),
      new BracketCoverage(),
      new SameEventStacking(),
      new QuotedNumberCheck(),
      new WindowCheck(),
      new AmountKindWording(),
      new DeadSwitch());

  private PolicyCheck() {}

  /**
   * Every finding of every check, errors first.
   *
   * @param jurisdiction the jurisdiction
   * @param settings the parameter values in force (a what-if's, to check a reform)
   * @param sample generated enterprises for the sample-based checks; may be empty
   * @param asOf the day the sample is evaluated on
   * @return the findings, in {@link Finding#ORDER}
   */
  public static List<Finding> run(Jurisdiction jurisdiction, Settings settings, Portfolio sample, LocalDate asOf) {
    var input = new CheckInput(jurisdiction, settings, sample, asOf, new Engine());
    return ALL.stream().flatMap(c -> c.findings(input).stream()).sorted(Finding.ORDER).toList();
  }

  /**
   * Whether any finding is an error.
   *
   * @param findings the findings
   * @return true when at least one is {@link Severity#ERROR}
   */
  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
