package dev.srdi.testkit;

import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an entitlement grants, without the words that explain it: the measure, the year and date of the
 * event, the scope and payee, and the amount. Two evaluations grant the same award when these agree.
 */
record Award(
    MeasureId measure, int year, LocalDate date, Optional<String> scope, Optional<String> payee,
    Optional<Money> amount, AmountKind kind) {

  static Award of(Entitlement e) {
    return new Award(e.measure(), e.year(), e.date(), e.scope(), e.payee(), e.amount(), e.amountKind());
  }

  @Override
  public String toString() {
    return measure + " " + year + " (" + date + ")" + scope.map(s -> " scope " + s).orElse("")
        + payee.map(p -> " to " + p).orElse("") + ": " + amount.map(Money::toFenString).orElse("no amount") + " "
        + kind;
  }
}
