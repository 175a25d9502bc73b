package dev.srdi.core.engine;

import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A portfolio's results under one jurisdiction, in the input's order, with findings and totals. */
public record PortfolioResult(
    JurisdictionId jurisdiction, LocalDate asOf, List<EnterpriseResult> enterprises, List<PortfolioFinding> findings) {

  public PortfolioResult {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    findings = List.copyOf(findings);
  }

  public Summary summary() {
    return Summary.of(enterprises);
  }

  public PortfolioResult onlyYear(int year) {
    return new PortfolioResult(jurisdiction, asOf, enterprises.stream().map(r -> r.onlyYear(year)).toList(), findings);
  }
}
