package dev.srdi.core.engine;

import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.Words;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money an enterprise is entitled to: the amount (rounded once, to the fen; the cap for {@link
 * AmountKind#UP_TO}; absent for {@link AmountKind#UNSPECIFIED}), the year of the event that earns it, the
 * clause, the fund, the units that owe it, the project it is for where a highest-only rule is scoped by
 * project, who is paid when it is not the enterprise, and why.
 *
 * @param measure the measure
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param year the year the award is for
 * @param date the date of the event that earns it
 * @param amount the amount in yuan, rounded to the fen (half up); the cap for UP_TO; empty for UNSPECIFIED
 * @param amountKind how the text states the amount
 * @param fundingSource the fund it is paid from, where the text says
 * @param responsibility the units that owe it
 * @param citation the clause
 * @param scope the project it is for, where a highest-only rule is scoped by project
 * @param payee who is paid, where it is not the enterprise
 * @param why why the enterprise is entitled, in words written when read ({@link #explanation()})
 * @param notes further remarks shown with it
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
    Words why,
    List<String> notes) {

  /**
   * Copies the notes; rejects a missing value.
   *
   * @param measure the measure
   * @param nameZh its name
   * @param nameEn its name in English
   * @param year the year
   * @param date the event's date
   * @param amount the amount, if stated
   * @param amountKind how it is stated
   * @param fundingSource the fund, if stated
   * @param responsibility who owes it
   * @param citation the clause
   * @param scope the project, if any
   * @param payee the payee, if not the enterprise
   * @param why why
   * @param notes remarks
   */
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
    Objects.requireNonNull(why, "why");
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
   * An entitlement whose explanation is already written (the form before explanations were {@link Words}).
   *
   * @param measure the measure
   * @param nameZh its name
   * @param nameEn its name in English
   * @param year the year
   * @param date the event's date
   * @param amount the amount, if stated
   * @param amountKind how it is stated
   * @param fundingSource the fund, if stated
   * @param responsibility who owes it
   * @param citation the clause
   * @param scope the project, if any
   * @param payee the payee, if not the enterprise
   * @param explanation why
   * @param notes remarks
   */
  public Entitlement(MeasureId measure, String nameZh, String nameEn, int year, LocalDate date,
      Optional<Money> amount, AmountKind amountKind, Optional<String> fundingSource, Responsibility responsibility,
      Citation citation, Optional<String> scope, Optional<String> payee, String explanation, List<String> notes) {
    this(measure, nameZh, nameEn, year, date, amount, amountKind, fundingSource, responsibility, citation, scope,
        payee, Words.of(explanation), notes);
  }

  /** {@return why the enterprise is entitled, in words: {@link #why()} written (once, then remembered)} */
  public String explanation() {
    return why.text();
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
