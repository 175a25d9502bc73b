package dev.srdi.core.engine;

import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.Citation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An award an enterprise misses by one condition only, and by little: the condition, how far it is short as a
 * share of what the clause requires, and what the enterprise would get had it met it (the amount, or none for a
 * benefit or an amount another document sets) from which fund.
 *
 * @param enterprise the enterprise
 * @param measure the measure missed
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param year the year concerned
 * @param condition the one unmet condition, with its lever
 * @param share the shortfall as a share of the bound (0.05 for 5%)
 * @param award what the enterprise would get, in yuan, had it met the condition; empty for no amount
 * @param amountKind how the text states the amount
 * @param fundingSource the fund it would come from, where stated
 * @param citation the clause
 */
public record NearMiss(
    EnterpriseId enterprise,
    MeasureId measure,
    String nameZh,
    String nameEn,
    int year,
    Condition condition,
    BigDecimal share,
    Optional<Money> award,
    AmountKind amountKind,
    Optional<String> fundingSource,
    Citation citation) {

  /**
   * Rejects a missing value.
   *
   * @param enterprise the enterprise
   * @param measure the measure
   * @param nameZh its name
   * @param nameEn its name in English
   * @param year the year
   * @param condition the unmet condition
   * @param share the shortfall's share
   * @param award the award it would get, if any
   * @param amountKind how the amount is stated
   * @param fundingSource the fund, if stated
   * @param citation the clause
   */
  public NearMiss {
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(award, "award");
    Objects.requireNonNull(amountKind, "amountKind");
    Objects.requireNonNull(fundingSource, "fundingSource");
    Objects.requireNonNull(citation, "citation");
  }

  /** {@return what the award would cost the fund: its amount (the cap for UP_TO), zero where it has none} */
  public Money cost() {
    return award.orElse(Money.zero());
  }
}
