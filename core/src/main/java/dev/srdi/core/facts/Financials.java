package dev.srdi.core.facts;

import dev.srdi.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/** One year's figures. Every figure may be missing; a rule that needs one says "not enough facts". */
public record Financials(
    int year, Optional<Money> revenue, Optional<Money> outputValue, Optional<Money> taxPaid, Optional<Integer> employees) {

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

  public static Financials of(int year, Money revenue, Money outputValue, Money taxPaid) {
    return new Financials(year, Optional.of(revenue), Optional.of(outputValue), Optional.of(taxPaid), Optional.empty());
  }

  private static void requireNotNegative(Money m, String field) {
    if (m.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative");
    }
  }
}
