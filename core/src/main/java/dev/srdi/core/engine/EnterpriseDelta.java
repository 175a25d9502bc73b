package dev.srdi.core.engine;

import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.money.Money;
import java.util.Objects;

/**
 * One enterprise's total before and after a what-if.
 *
 * @param enterprise the enterprise
 * @param baseline its total under the defaults, in yuan
 * @param variant its total under the overrides, in yuan
 */
public record EnterpriseDelta(EnterpriseId enterprise, Money baseline, Money variant) {
  /**
   * Rejects a missing value.
   *
   * @param enterprise the enterprise
   * @param baseline its total under the defaults
   * @param variant its total under the overrides
   */
  public EnterpriseDelta {
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(variant, "variant");
  }

  /**
   * What the change makes for this enterprise: variant less baseline.
   *
   * @return the difference, negative when it gets less
   */
  public Money difference() {
    return variant.minus(baseline);
  }
}
