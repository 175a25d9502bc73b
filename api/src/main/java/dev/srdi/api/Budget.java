package dev.srdi.api;

import dev.srdi.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fund may spend: in one year, or in every year when no year is named. A what-if compares
 * each fund's cost in each year with it; nothing is ever prorated, since the documents do not say
 * what happens when a fund runs out.
 *
 * @param fund the fund's short id, e.g. {@code guilin.fund-1} (see {@link dev.srdi.core.engine.Funds})
 * @param amount the budget in yuan
 * @param year the year it is for, or empty for every year
 */
public record Budget(String fund, Money amount, Optional<Integer> year) {
  /**
   * Rejects a missing value or a negative amount.
   *
   * @param fund the fund's short id
   * @param amount the budget in yuan
   * @param year the year it is for, or empty for every year
   */
  public Budget {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(year, "year");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a budget is never negative: " + amount);
    }
  }

  /**
   * Whether the budget is for that year.
   *
   * @param y the year
   * @return true when it names that year or no year
   */
  public boolean covers(int y) {
    return year.map(b -> b == y).orElse(true);
  }
}
