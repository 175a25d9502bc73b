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

  /** Every finding of every check, errors first. */
  public static List<Finding> run(Jurisdiction jurisdiction, Settings settings, Portfolio sample, LocalDate asOf) {
    var input = new CheckInput(jurisdiction, settings, sample, asOf, new Engine());
    return ALL.stream().flatMap(c -> c.findings(input).stream()).sorted(Finding.ORDER).toList();
  }

  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
