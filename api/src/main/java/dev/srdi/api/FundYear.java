package dev.srdi.api;

import dev.srdi.core.engine.Fund;
import dev.srdi.core.money.Money;
import java.util.Objects;

/**
 * One fund's cost in one year (the year of the event that earns each entitlement), before and after a reform.
 *
 * @param fund the fund
 * @param year the year
 * @param baseline the cost under the defaults
 * @param variant the cost under the reform
 */
public record FundYear(Fund fund, int year, Money baseline, Money variant) {
  /**
   * Rejects a missing value.
   *
   * @param fund the fund
   * @param year the year
   * @param baseline the cost under the defaults
   * @param variant the cost under the reform
   */
  public FundYear {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(variant, "variant");
  }

  /**
   * What the reform costs this fund in this year.
   *
   * @return variant less baseline
   */
  public Money difference() {
    return variant.minus(baseline);
  }
}
