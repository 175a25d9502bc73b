package dev.srdi.api;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The same enterprises under every loaded jurisdiction, in the registry's order (by id). */
public record Comparison(LocalDate asOf, List<EnterpriseId> enterprises, List<PortfolioResult> results) {
  public Comparison {
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    results = List.copyOf(results);
  }

  public List<JurisdictionId> jurisdictions() {
    return results.stream().map(PortfolioResult::jurisdiction).toList();
  }

  /** What the enterprise at the index gets under the jurisdiction at the index. */
  public EnterpriseResult result(int jurisdiction, int enterprise) {
    return results.get(jurisdiction).enterprises().get(enterprise);
  }

  public Money total(int jurisdiction) {
    return results.get(jurisdiction).summary().total();
  }

  public Comparison onlyYear(int year) {
    return new Comparison(asOf, enterprises, results.stream().map(r -> r.onlyYear(year)).toList());
  }
}
