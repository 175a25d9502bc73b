package dev.srdi.core.engine;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.stacking.StackingRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether one stacking rule rejects a claim, given what the ledger already holds: the reason if it
 * does, empty if the claim may proceed. One method per kind of rule, so the compiler insists that
 * a new rule is given a meaning here.
 *
 * <p>One check serves a whole settlement, one claim at a time ({@link #rejects}): it was made for every claim,
 * and Guilin settles about fourteen benefits an enterprise, each with its once-per-enterprise rule.
 */
final class StackingCheck implements StackingRule.Visitor<Optional<String>> {
  private final Enterprise enterprise;
  private final Ledger ledger;
  /** Every claim of the enterprise in the order it is settled, which is date order. */
  private final List<Claim> inSettlementOrder;
  private final Settings settings;
  /** The claim being checked. */
  private Claim claim;

  StackingCheck(Enterprise enterprise, Ledger ledger, List<Claim> inSettlementOrder, Settings settings) {
    this.enterprise = enterprise;
    this.ledger = ledger;
    this.inSettlementOrder = inSettlementOrder;
    this.settings = settings;
  }

  /**
   * Why the rule rejects the claim, if it does.
   *
   * @param rule a rule the claim's measure declares
   * @param checked the claim, settled after every claim before it in {@link #inSettlementOrder}
   * @return the reason, or empty
   */
  Optional<String> rejects(StackingRule rule, Claim checked) {
    this.claim = checked;
    return rule.accept(this);
  }

  @Override public Optional<String> oncePerEnterprise(StackingRule.OncePerEnterprise rule) {
    return ledger.paidFor(claim.measure(), claim.scope())
        .map(date -> "once per enterprise: already awarded for the event of " + date);
  }

  @Override public Optional<String> oncePerYear(StackingRule.OncePerYear rule) {
    return ledger.paidInYear(claim.measure(), claim.year())
        ? Optional.of("once a year: already awarded for " + claim.year()) : Optional.empty();
  }

  @Override public Optional<String> firstOccurrenceOnly(StackingRule.FirstOccurrenceOnly rule) {
    LocalDate firstSeen = firstOccurrence();
    return firstSeen.isBefore(claim.date())
        ? Optional.of("first occurrence only: the first was on " + firstSeen) : Optional.empty();
  }

  /**
   * The date of the measure's first claim, paid or not: the first of its claims in settlement order, as the claims
   * are settled in date order. Found when a rule asks, instead of noting every claim's measure as it is settled.
   */
  private LocalDate firstOccurrence() {
    for (int i = 0; i < inSettlementOrder.size(); i++) {
      Claim c = inSettlementOrder.get(i);
      if (c.measure().equals(claim.measure())) {
        return c.date();
      }
    }
    return claim.date();
  }

  @Override public Optional<String> notIfHeldBefore(StackingRule.NotIfHeldBefore held) {
    return enterprise.heldBefore(claim.date(), held.title(), held.atLeast())
        ? Optional.of("already held a " + held.atLeast().nameEn() + "-or-above " + held.title().nameEn()
            + " recognition before " + claim.date() + " (" + held.atLeast().nameZh() + "以上"
            + held.title().nameZh() + ")")
        : Optional.empty();
  }

  /** Under top-up the award is reduced later (see the settlement); only first-final rejects here. */
  @Override public Optional<String> highestOnly(StackingRule.HighestOnly highest) {
    return settings.chose(highest.mode(), StackingRule.HighestOnly.FIRST_FINAL)
        ? ledger.firstInGroup(highest.group(), claim.scope())
            .map(first -> "highest only (first-final): " + first + " was already awarded under '"
                + highest.group() + "', and the first award is final")
        : Optional.empty();
  }

  @Override public Optional<String> whenChosen(StackingRule.WhenChosen when) {
    return settings.chose(when.interpretation(), when.choice())
        ? when.rule().accept(this)
            .map(reason -> reason + " (interpretation " + when.interpretation().id() + "=" + when.choice() + ")")
        : Optional.empty();
  }
}
