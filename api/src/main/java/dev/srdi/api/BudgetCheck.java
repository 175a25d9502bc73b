package dev.srdi.api;

import dev.srdi.core.engine.Fund;
import dev.srdi.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * A fund's cost in one year under the reform, held against its budget. Where the cost is over, the
 * measures and the enterprises that cost the most, largest first, say what drives it. Nothing is cut
 * to fit: the documents do not say what happens when a fund runs out.
 *
 * @param fund the fund
 * @param year the year
 * @param budget what the fund may spend that year
 * @param cost what the reform has it pay that year
 * @param byMeasure where over, the cost by measure id, largest first; empty otherwise
 * @param byEnterprise where over, the cost by enterprise id, largest first (at most {@link #DRIVERS}); empty otherwise
 */
public record BudgetCheck(Fund fund, int year, Money budget, Money cost, List<Share> byMeasure, List<Share> byEnterprise) {
  /** How many enterprises an over-spend lists. */
  public static final int DRIVERS = 5;

  /**
   * What one measure or enterprise costs the fund that year.
   *
   * @param id the measure's or the enterprise's id
   * @param amount the cost
   */
  public record Share(String id, Money amount) {
    /**
     * Rejects a missing value.
     *
     * @param id the id
     * @param amount the cost
     */
    public Share {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * Copies the lists; rejects a missing value.
   *
   * @param fund the fund
   * @param year the year
   * @param budget the budget
   * @param cost the cost
   * @param byMeasure the cost by measure, where over
   * @param byEnterprise the cost by enterprise, where over
   */
  public BudgetCheck {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(cost, "cost");
    byMeasure = List.copyOf(byMeasure);
    byEnterprise = List.copyOf(byEnterprise);
  }

  /**
   * The budget less the cost.
   *
   * @return positive when under budget, negative when over
   */
  public Money headroom() {
    return budget.minus(cost);
  }

  /**
   * Whether the cost is more than the budget.
   *
   * @return true when over
   */
  public boolean over() {
    return cost.compareTo(budget) > 0;
  }
}
