package dev.srdi.core.engine;

import dev.srdi.core.money.Money;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Totals over a portfolio: all, by year of the event, by funding source. Only entitlements with an amount
 * count: an award whose amount another document sets adds no "0.00" row that would read as "nothing owed" when
 * the amount is simply not known here.
 *
 * @param enterprises how many enterprises were evaluated
 * @param total the sum of every stated amount, in yuan
 * @param byYear the sums by year of the event
 * @param byFundingSource the sums by fund, {@link #NOT_STATED} for those whose text names none
 */
public record Summary(int enterprises, Money total, SortedMap<Integer, Money> byYear, SortedMap<String, Money> byFundingSource) {
  /** The key for entitlements whose text names no fund. */
  public static final String NOT_STATED = "(not stated)";

  /**
   * Copies the maps, sorted.
   *
   * @param enterprises how many enterprises
   * @param total the total
   * @param byYear the sums by year
   * @param byFundingSource the sums by fund
   */
  public Summary {
    byYear = new TreeMap<>(byYear);
    byFundingSource = new TreeMap<>(byFundingSource);
  }

  /**
   * The totals of some results: enterprises, total, by year and by funding source.
   *
   * @param results the results
   * @return the summary
   */
  public static Summary of(Collection<EnterpriseResult> results) {
    var byYear = new TreeMap<Integer, Money>();
    var byFund = new TreeMap<String, Money>();
    Money total = Money.zero();
    for (EnterpriseResult r : results) {
      for (Entitlement e : r.entitlements()) {
        if (e.amount().isEmpty()) {
          continue;
        }
        Money m = e.amount().get();
        total = total.plus(m);
        byYear.merge(e.year(), m, Money::plus);
        byFund.merge(e.fundingSource().orElse(NOT_STATED), m, Money::plus);
      }
    }
    return new Summary(results.size(), total, byYear, byFund);
  }
}
