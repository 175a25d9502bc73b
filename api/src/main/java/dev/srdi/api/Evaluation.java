package dev.srdi.api;

import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario evaluated under one jurisdiction: the result, the enterprises it covers (in the
 * scenario's order), those the {@link Scope} left out, and the one year it was cut to, if any.
 *
 * @param jurisdiction the jurisdiction
 * @param result what each enterprise gets, the portfolio findings and the summary
 * @param enterprises the enterprises evaluated, in the order of {@code result}
 * @param leftOut the enterprises left out because they name another jurisdiction
 * @param year the one year the result was cut to, if any
 */
public record Evaluation(
    Jurisdiction jurisdiction,
    PortfolioResult result,
    List<Enterprise> enterprises,
    List<Enterprise> leftOut,
    Optional<Integer> year) {

  /** Copies the lists; rejects a missing value. */
  public Evaluation {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(result, "result");
    enterprises = List.copyOf(enterprises);
    leftOut = List.copyOf(leftOut);
    Objects.requireNonNull(year, "year");
  }

  /**
   * Only the entitlements, benefits and rejections of one year.
   *
   * @param only the year
   * @return the evaluation cut to that year
   */
  public Evaluation onlyYear(int only) {
    return new Evaluation(jurisdiction, result.onlyYear(only), enterprises, leftOut, Optional.of(only));
  }

  /**
   * The contract's evaluation document ({@code srdi-evaluation/1}), indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(EvaluationJson.document(result, leftOut, year));
  }
}
