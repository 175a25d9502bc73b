package dev.srdi.jurisdictions.xiangxiang.abovesize;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Settings;
import java.util.Optional;

/**
 * What a portfolio shows of a new entry (新增入规): the facts hold the list status only as it is now
 * ({@code aboveDesignatedSize}) and revenue by year, so an enterprise entered in year Y when it is on the
 * list and its revenue reached the scale threshold (以上) in Y after being under it (不满) in Y−1. Without
 * the figures of both years no entry can be shown, and none is assumed. Which sectors the threshold
 * decides is {@link ScaleReading}'s question.
 */
public final class NewEntry {
  private NewEntry() {}

  public static boolean enteredIn(Enterprise e, int year, Money threshold, Settings settings) {
    return e.aboveDesignatedSize().orElse(false) && ScaleReading.revenueDecides(e, settings)
        && crossedIn(e, year, threshold).orElse(false);
  }

  /** Whether revenue crossed the threshold in the year; empty when either year's revenue is missing. */
  static Optional<Boolean> crossedIn(Enterprise e, int year, Money threshold) {
    Optional<Money> now = e.financials(year).flatMap(Financials::revenue);
    Optional<Money> before = e.financials(year - 1).flatMap(Financials::revenue);
    if (now.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Bound.atLeast(threshold).admits(now.get()) && Bound.lessThan(threshold).admits(before.get()));
  }
}
