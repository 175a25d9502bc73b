package dev.srdi.api;

import dev.srdi.api.json.CompareJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.money.Money;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The same enterprises under every loaded jurisdiction, in the jurisdictions' order (by id).
 *
 * @param asOf the day of every evaluation
 * @param enterprises the enterprises, in the scenario's order
 * @param jurisdictions the jurisdictions, in the order of {@code results}
 * @param results one evaluation per jurisdiction, each with the enterprises in the same order
 * @param year the one year the results were cut to, if any
 */
public record Comparison(
    LocalDate asOf,
    List<EnterpriseId> enterprises,
    List<Jurisdiction> jurisdictions,
    List<PortfolioResult> results,
    Optional<Integer> year) {

  /** Copies the lists; rejects a missing value or lists that do not match. */
  public Comparison {
    Objects.requireNonNull(asOf, "asOf");
    enterprises = List.copyOf(enterprises);
    jurisdictions = List.copyOf(jurisdictions);
    results = List.copyOf(results);
    Objects.requireNonNull(year, "year");
    if (jurisdictions.size() != results.size()) {
      throw new IllegalArgumentException("one result per jurisdiction");
    }
  }

  /**
   * What one enterprise gets under one jurisdiction.
   *
   * @param jurisdiction the jurisdiction's index in {@link #jurisdictions()}
   * @param enterprise the enterprise's index in {@link #enterprises()}
   * @return its result
   */
  public EnterpriseResult result(int jurisdiction, int enterprise) {
    return results.get(jurisdiction).enterprises().get(enterprise);
  }

  /**
   * The portfolio's total under one jurisdiction.
   *
   * @param jurisdiction the jurisdiction's index in {@link #jurisdictions()}
   * @return the total
   */
  public Money total(int jurisdiction) {
    return results.get(jurisdiction).summary().total();
  }

  /**
   * Only the entitlements of one year, under every jurisdiction.
   *
   * @param only the year
   * @return the comparison cut to that year
   */
  public Comparison onlyYear(int only) {
    return new Comparison(asOf, enterprises, jurisdictions, results.stream().map(r -> r.onlyYear(only)).toList(),
        Optional.of(only));
  }

  /**
   * The compare document, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(CompareJson.of(asOf, enterprises, jurisdictions, results, year));
  }
}
