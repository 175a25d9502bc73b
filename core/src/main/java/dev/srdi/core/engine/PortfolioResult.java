package dev.srdi.core.engine;

import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio's results under one jurisdiction, in the input's order, with findings and totals.
 *
 * @param jurisdiction the jurisdiction
 * @param asOf the day of the evaluation
 * @param enterprises one result per enterprise, in the portfolio's order
 * @param findings what the portfolio measures found (e.g. a park's plaque); a failed measure's fault among them
 * @param faults the portfolio measures whose plugin failed, each also a finding (not granted) that says so
 */
public record PortfolioResult(JurisdictionId jurisdiction, LocalDate asOf, List<EnterpriseResult> enterprises,
    List<PortfolioFinding> findings, List<PortfolioFault> faults) {

  /**
   * Copies the lists; rejects a missing value.
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the day of the evaluation
   * @param enterprises the results
   * @param findings the findings
   * @param faults the failed portfolio measures
   */
  public PortfolioResult {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    findings = List.copyOf(findings);
    faults = List.copyOf(faults);
  }

  /**
   * A result in which no portfolio measure failed.
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the day of the evaluation
   * @param enterprises the results
   * @param findings the findings
   */
  public PortfolioResult(JurisdictionId jurisdiction, LocalDate asOf, List<EnterpriseResult> enterprises,
      List<PortfolioFinding> findings) {
    this(jurisdiction, asOf, enterprises, findings, List.of());
  }

  /**
   * The totals: enterprises, total, by year and by funding source.
   *
   * @return the summary
   */
  public Summary summary() {
    return Summary.of(enterprises);
  }

  /**
   * Only what concerns the given year.
   *
   * @param year the year
   * @return the result cut to that year
   */
  public PortfolioResult onlyYear(int year) {
    return new PortfolioResult(jurisdiction, asOf, enterprises.stream().map(r -> r.onlyYear(year)).toList(), findings, faults);
  }
}
