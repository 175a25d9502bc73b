package dev.srdi.api.json;

import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a valid {@code srdi-reform/1} file holds, in the file's order (the facade makes a {@code Reform} of it).
 *
 * @param title the title, if given
 * @param description the description, if given
 * @param overrides the parameters (a dated one as {@code value@YYYY-MM-DD}) and interpretations
 * @param budgets the budgets
 */
public record ReformContent(Optional<String> title, Optional<String> description, Overrides overrides,
    List<BudgetLine> budgets) {
  /**
   * One entry of {@code budgets}.
   *
   * @param fund the fund's short id
   * @param amount the amount in yuan
   * @param year the year, or empty for each year
   */
  public record BudgetLine(String fund, Money amount, Optional<Integer> year) {
    /**
     * Rejects a missing value.
     *
     * @param fund the fund's short id
     * @param amount the amount in yuan
     * @param year the year, or empty for each year
     */
    public BudgetLine {
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(year, "year");
    }
  }

  /**
   * Copies the list; rejects a missing value.
   *
   * @param title the title, if given
   * @param description the description, if given
   * @param overrides the changes
   * @param budgets the budgets
   */
  public ReformContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(overrides, "overrides");
    budgets = List.copyOf(budgets);
  }
}
