package dev.srdi.core.facts;

import dev.srdi.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's figures. Every figure may be missing; a rule that needs one says "not enough facts".
 *
 * @param year the calendar year the figures are for
 * @param revenue 营业收入 (main business revenue), in yuan, never negative
 * @param outputValue 产值 (industrial output value), in yuan, never negative
 * @param taxPaid 纳税 (tax paid), in yuan, never negative
 * @param employees the head count, never negative
 */
public record Financials(
    int year, Optional<Money> revenue, Optional<Money> outputValue, Optional<Money> taxPaid, Optional<Integer> employees) {

  /**
   * Rejects a missing optional and a negative figure.
   *
   * @param year the calendar year
   * @param revenue revenue
   * @param outputValue output value
   * @param taxPaid tax paid
   * @param employees head count
   * @throws IllegalArgumentException naming the figure that is negative
   */
  public Financials {
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(outputValue, "outputValue");
    Objects.requireNonNull(taxPaid, "taxPaid");
    Objects.requireNonNull(employees, "employees");
    revenue.ifPresent(m -> requireNotNegative(m, "revenue"));
    outputValue.ifPresent(m -> requireNotNegative(m, "outputValue"));
    taxPaid.ifPresent(m -> requireNotNegative(m, "taxPaid"));
    employees.ifPresent(n -> {
      if (n < 0) {
        throw new IllegalArgumentException("employees must not be negative");
      }
    });
  }

  /**
   * A year with its three money figures and no head count.
   *
   * @param year the calendar year
   * @param revenue revenue, in yuan
   * @param outputValue output value, in yuan
   * @param taxPaid tax paid, in yuan
   * @return the figures
   */
  public static Financials of(int year, Money revenue, Money outputValue, Money taxPaid) {
    return new Financials(year, Optional.of(revenue), Optional.of(outputValue), Optional.of(taxPaid), Optional.empty());
  }

  private static void requireNotNegative(Money m, String field) {
    if (m.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative");
    }
  }
}
