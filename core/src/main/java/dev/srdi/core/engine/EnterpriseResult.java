package dev.srdi.core.engine;

import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one enterprise gets under one jurisdiction, and what it does not get, with reasons; or, when
 * the jurisdiction's plugin failed on this enterprise, that fault and nothing else.
 *
 * @param enterprise the enterprise
 * @param entitlements the amounts it is entitled to, in date order
 * @param benefits the non-monetary benefits it gets
 * @param notEligible each measure it does not get, with the reason
 * @param fault the plugin's failure on this enterprise, if it failed (then the lists are empty)
 */
public record EnterpriseResult(
    EnterpriseId enterprise, List<Entitlement> entitlements, List<BenefitGrant> benefits, List<NotEligible> notEligible,
    Optional<PluginFault> fault) {

  /**
   * Copies the lists; rejects a missing value and a failed result that holds anything else.
   *
   * @param enterprise the enterprise
   * @param entitlements the amounts it is entitled to
   * @param benefits the non-monetary benefits
   * @param notEligible the rejections
   * @param fault the plugin's failure, if it failed
   */
  public EnterpriseResult {
    Objects.requireNonNull(enterprise, "enterprise");
    entitlements = List.copyOf(entitlements);
    benefits = List.copyOf(benefits);
    notEligible = List.copyOf(notEligible);
    Objects.requireNonNull(fault, "fault");
    if (fault.isPresent() && !(entitlements.isEmpty() && benefits.isEmpty() && notEligible.isEmpty())) {
      throw new IllegalArgumentException("a failed evaluation holds no result: " + fault.get().describe());
    }
  }

  /**
   * The result of an enterprise its plugin evaluated without failing.
   *
   * @param enterprise the enterprise
   * @param entitlements the amounts it is entitled to, in date order
   * @param benefits the non-monetary benefits
   * @param notEligible the rejections
   */
  public EnterpriseResult(
      EnterpriseId enterprise, List<Entitlement> entitlements, List<BenefitGrant> benefits, List<NotEligible> notEligible) {
    this(enterprise, entitlements, benefits, notEligible, Optional.empty());
  }

  /**
   * The result of an enterprise its jurisdiction's plugin failed on.
   *
   * @param fault the failure
   * @return a result with the fault and nothing else
   */
  public static EnterpriseResult failed(PluginFault fault) {
    return new EnterpriseResult(fault.enterprise(), List.of(), List.of(), List.of(), Optional.of(fault));
  }

  /** {@return whether the plugin failed on this enterprise (then the result holds nothing else)} */
  public boolean isFailed() {
    return fault.isPresent();
  }

  /**
   * The sum of EXACT and UP_TO amounts (UNSPECIFIED ones have none).
   *
   * @return the total
   */
  public Money total() {
    return entitlements.stream().map(Entitlement::countedAmount).reduce(Money.zero(), Money::plus);
  }

  /**
   * Only what concerns the given year.
   *
   * @param year the year
   * @return the result cut to that year
   */
  public EnterpriseResult onlyYear(int year) {
    return new EnterpriseResult(enterprise,
        entitlements.stream().filter(e -> e.year() == year).toList(),
        benefits.stream().filter(b -> b.year() == year).toList(),
        notEligible.stream().filter(n -> n.year().map(y -> y == year).orElse(true)).toList(),
        fault);
  }
}
