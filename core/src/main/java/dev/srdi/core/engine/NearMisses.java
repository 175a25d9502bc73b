package dev.srdi.core.engine;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The enterprises that miss an award by at most a share of one condition: the rejection has exactly
 * one unmet condition, it is a floor not reached (a threshold parameter and a shortfall), and the
 * shortfall is at most that share of what the clause requires. What the enterprise would get is found by
 * evaluating it once more with that threshold moved to the enterprise's own value: the award that
 * appears for the measure and year is the one it missed. The list a service officer calls first.
 */
public final class NearMisses {
  private NearMisses() {}

  /**
   * The enterprises that miss an award by one condition only, by at most {@code percent} of what the clause
   * requires, each with what it would get.
   *
   * @param engine the engine
   * @param j the jurisdiction
   * @param portfolio the enterprises
   * @param asOf the day of the evaluation
   * @param settings the parameter values in force
   * @param percent the largest shortfall, in percent of the bound (10 for 10%)
   * @return the near misses, by enterprise and measure
   */
  public static List<NearMiss> find(
      Engine engine, Jurisdiction j, Portfolio portfolio, LocalDate asOf, Settings settings, BigDecimal percent) {
    BigDecimal limit = percent.movePointLeft(2);
    var context = new EvaluationContext(asOf, settings, portfolio);
    var out = new ArrayList<NearMiss>();
    for (Enterprise e : portfolio.enterprises()) {
      EnterpriseResult baseline = engine.evaluate(j, e, context);
      var seen = new HashSet<String>();
      for (NotEligible n : baseline.notEligible()) {
        List<Condition> unmet = n.conditions().stream().filter(c -> !c.met()).toList();
        if (unmet.size() != 1 || n.year().isEmpty()) {
          continue;
        }
        Condition condition = unmet.get(0);
        // Only a floor not reached: a ceiling passed (output over 1亿, revenue over 3000万) is not an award to help towards.
        Optional<BigDecimal> share = condition.shortfallShare()
            .filter(s -> condition.lever().orElseThrow().lower() && s.compareTo(limit) <= 0);
        if (share.isEmpty() || !seen.add(n.measure() + "|" + n.year().get())) {
          continue;
        }
        Condition.Lever lever = condition.lever().orElseThrow();
        var variant = Variants.with(j, settings, Overrides.none().withParameter(lever.parameter().value(), lever.meetsAt()));
        if (variant.isInvalid()) {
          continue;
        }
        EnterpriseResult met = engine.evaluate(j, e, new EvaluationContext(asOf, variant.get(), portfolio));
        missed(j, n, baseline, met).ifPresent(award -> out.add(new NearMiss(e.id(), n.measure(), award.descriptor.nameZh(),
            award.descriptor.nameEn(), n.year().get(), condition, share.get(), award.amount, award.descriptor.amountKind(),
            award.descriptor.fundingSource(), award.descriptor.citation())));
      }
    }
    return List.copyOf(out);
  }

  private record Missed(MeasureDescriptor descriptor, Optional<Money> amount) {}

  /** What the measure pays in the year once the condition is met, beyond what it already paid; empty if nothing. */
  private static Optional<Missed> missed(Jurisdiction j, NotEligible n, EnterpriseResult baseline, EnterpriseResult met) {
    MeasureDescriptor d = j.measures().stream().map(m -> m.descriptor()).filter(x -> x.id().equals(n.measure()))
        .findFirst().orElseThrow();
    int year = n.year().orElseThrow();
    if (d.amountKind() == AmountKind.NONE) {
      long before = baseline.benefits().stream().filter(b -> b.measure().equals(d.id()) && b.year() == year).count();
      long after = met.benefits().stream().filter(b -> b.measure().equals(d.id()) && b.year() == year).count();
      return after > before ? Optional.of(new Missed(d, Optional.empty())) : Optional.empty();
    }
    List<Entitlement> before = of(baseline, d, year);
    List<Entitlement> after = of(met, d, year);
    if (after.size() <= before.size() && sum(after).compareTo(sum(before)) <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Missed(d, d.amountKind() == AmountKind.UNSPECIFIED ? Optional.empty()
        : Optional.of(sum(after).minus(sum(before)))));
  }

  private static List<Entitlement> of(EnterpriseResult r, MeasureDescriptor d, int year) {
    return r.entitlements().stream().filter(x -> x.measure().equals(d.id()) && x.year() == year).toList();
  }

  private static Money sum(List<Entitlement> entitlements) {
    return entitlements.stream().map(Entitlement::countedAmount).reduce(Money.zero(), Money::plus);
  }
}
