package dev.srdi.cli;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.money.Money;
import java.util.List;
import java.util.TreeMap;

/** Totals kept while a JSON Lines portfolio streams past: what {@link Summary} gives, without holding the results. */
final class RunningSummary {
  private int enterprises;
  private int invalid;
  private int skipped;
  private Money total = Money.zero();
  private final TreeMap<Integer, Money> byYear = new TreeMap<>();
  private final TreeMap<String, Money> byFund = new TreeMap<>();

  void add(EnterpriseResult result) {
    Summary one = Summary.of(List.of(result));
    enterprises++;
    total = total.plus(one.total());
    one.byYear().forEach((y, m) -> byYear.merge(y, m, Money::plus));
    one.byFundingSource().forEach((f, m) -> byFund.merge(f, m, Money::plus));
  }

  void addInvalid() {
    invalid++;
  }

  void addSkipped() {
    skipped++;
  }

  int invalid() {
    return invalid;
  }

  int skipped() {
    return skipped;
  }

  int lines() {
    return enterprises + invalid + skipped;
  }

  Summary summary() {
    return new Summary(enterprises, total, byYear, byFund);
  }
}
