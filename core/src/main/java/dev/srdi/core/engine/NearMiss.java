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
 * An award an enterprise misses by one condition only, and by little: the condition, how far it is
 * short as a share of what the clause requires, and what the enterprise would get had it met it (the
 * amount, or none for a benefit or an amount another document sets) from which fund.
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

  /** What the award would cost the fund: its amount (the cap for UP_TO), zero where it has none. */
  public Money cost() {
    return award.orElse(Money.zero());
  }
}
