package dev.srdi.core.engine;

import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money an enterprise is entitled to: the amount (rounded once, to the fen; the cap for
 * {@link AmountKind#UP_TO}; absent for {@link AmountKind#UNSPECIFIED}), the year of the event that
 * earns it, the clause, the fund, the units that owe it, the project it is for where a highest-only
 * rule is scoped by project, who is paid when it is not the enterprise, and why.
 */
public record Entitlement(
    MeasureId measure,
    String nameZh,
    String nameEn,
    int year,
    LocalDate date,
    Optional<Money> amount,
    AmountKind amountKind,
    Optional<String> fundingSource,
    Responsibility responsibility,
    Citation citation,
    Optional<String> scope,
    Optional<String> payee,
    String explanation,
    List<String> notes) {

  public Entitlement {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(amountKind, "amountKind");
    Objects.requireNonNull(fundingSource, "fundingSource");
    Objects.requireNonNull(responsibility, "responsibility");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(explanation, "explanation");
    notes = List.copyOf(notes);
    if (amount.isPresent() == (amountKind == AmountKind.UNSPECIFIED)) {
      throw new IllegalArgumentException(measure + ": an amount is present unless the kind is UNSPECIFIED");
    }
    amount.ifPresent(m -> {
      if (m.isNegative() || !m.equals(m.rounded())) {
        throw new IllegalArgumentException(measure + ": an entitlement is a non-negative amount in whole fen: " + m);
      }
    });
  }

  /**
   * The amount that counts towards totals: EXACT and UP_TO amounts, zero otherwise.
   *
   * @return the counted amount
   */
  public Money countedAmount() {
    return amount.orElse(Money.zero());
  }
}
