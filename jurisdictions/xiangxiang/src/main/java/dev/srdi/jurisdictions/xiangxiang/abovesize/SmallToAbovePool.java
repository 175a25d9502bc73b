package dev.srdi.jurisdictions.xiangxiang.abovesize;

import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.Range;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Bracket;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.measure.ThresholdRange;
import dev.srdi.core.money.Money;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.core.parameter.Settings;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangInterpretations;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、（二）: "以营业收入1000—2000万元的小微企业为年度重点培育对象，建立“小升规”重点企业培育库". A small or micro
 * enterprise (not on the above-size list) whose revenue of the year lies in the band is a key
 * cultivation target of that year: tracked and managed in the pool. Each year of figures is a year of
 * the pool. The lower end is included; whether the upper end is, the text's dash does not say:
 * {@link XiangxiangInterpretations#SMALL_TO_ABOVE_RANGE} (default: included). A firm whose revenue reached
 * the scale threshold (as {@link ReachedScaleNotCounted} reads it) is guided onto the list instead, so
 * the two readings of the same clause never put one firm in both places in one year.
 */
final class SmallToAbovePool implements Measure {
  static final String ID = "xiangxiang.above-size.small-to-above-pool";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .amountKind(AmountKind.NONE)
      .addStacking(StackingRule.oncePerYear())
      .addThresholds(XiangxiangParameters.POOL_REVENUE_FROM, XiangxiangParameters.POOL_REVENUE_TO)
      .addBrackets(Bracket.of(ScaleReading.REVENUE_OFF_THE_LIST, ThresholdRange.between(
              Threshold.atLeast(XiangxiangParameters.POOL_REVENUE_FROM), Threshold.atMost(XiangxiangParameters.POOL_REVENUE_TO)))
          .yieldingTo(MeasureId.of(ReachedScaleNotCounted.ID)))
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    boolean upperExcluded = context.settings().chose(XiangxiangInterpretations.SMALL_TO_ABOVE_RANGE,
        XiangxiangInterpretations.UPPER_EXCLUDED);
    var out = new ArrayList<Assessment>();
    for (Financials f : enterprise.financialsInOrder()) {
      // Dated 31 December of the year of the revenue: the band in force then.
      var settings = context.on(LocalDate.of(f.year(), 12, 31));
      Money top = settings.value(XiangxiangParameters.POOL_REVENUE_TO);
      Range<Money> range = Range.between(Bound.atLeast(settings.value(XiangxiangParameters.POOL_REVENUE_FROM)),
          upperExcluded ? Bound.lessThan(top) : Bound.atMost(top));
      if (f.revenue().isEmpty()) {
        out.add(NotEligible.missing(id(), f.year(), "revenue " + f.year()));
      } else if (!range.contains(f.revenue().get())) {
        Money revenue = f.revenue().get();
        int year = f.year();
        out.add(NotEligible.because(id(), year, Words.lazily(() -> "revenue " + revenue.toFenString() + " in " + year
            + " is outside " + range.describe())).withConditions(band(f, settings)));
      } else if (enterprise.aboveDesignatedSize().isEmpty()) {
        out.add(NotEligible.missing(id(), f.year(), "aboveDesignatedSize"));
      } else if (enterprise.aboveDesignatedSize().get()) {
        out.add(NotEligible.because(id(), f.year(),
            "already on the above-size list: the pool is for small and micro enterprises").withConditions(band(f, settings))
            .withConditions(Condition.requirement("on the above-size list", "not on it (小微企业)", Optional.of("on it"),
                false)));
      } else if (reachedScale(enterprise, f, settings)) {
        out.add(NotEligible.because(id(), f.year(), "revenue " + f.revenue().get().toFenString() + " in " + f.year()
            + " reached the scale threshold " + Threshold.atLeast(XiangxiangParameters.SCALE_THRESHOLD).bound(settings)
            .describe() + ": under the same clause it is guided onto the above-size list (已达规模), not cultivated in "
            + "the pool; reaching the scale wins over the band's upper end").withConditions(band(f, settings))
            .withConditions(Condition.money("revenue " + f.year() + " (已达规模 wins)",
                Threshold.lessThan(XiangxiangParameters.SCALE_THRESHOLD), settings, f.revenue().get())));
      } else {
        Money revenue = f.revenue().get();
        int year = f.year();
        out.add(Claim.of(id(), LocalDate.of(year, 12, 31), Basis.none(), Words.lazily(() -> "small or micro enterprise "
            + "with revenue " + revenue.toFenString() + " in " + year + " (" + range.describe() + ")"))
            .withNote("the text also asks the towns to screen firms with large power use or tax paid; the facts hold neither"));
      }
    }
    return out;
  }

  /** The year's revenue against both ends of the band "1000—2000万元" as the interpretation reads them, as a checklist. */
  private static List<Condition> band(Financials f, Settings settings) {
    Threshold<Money> upper = settings.chose(XiangxiangInterpretations.SMALL_TO_ABOVE_RANGE,
        XiangxiangInterpretations.UPPER_EXCLUDED) ? Threshold.lessThan(XiangxiangParameters.POOL_REVENUE_TO)
        : Threshold.atMost(XiangxiangParameters.POOL_REVENUE_TO);
    Money revenue = f.revenue().orElseThrow();
    int year = f.year();
    // The bounds are read now, while the engine records what the measure reads; the checklist is written when read.
    Threshold<Money> lower = Threshold.atLeast(XiangxiangParameters.POOL_REVENUE_FROM);
    Bound<Money> lowerBound = lower.bound(settings);
    Bound<Money> upperBound = upper.bound(settings);
    return Condition.lazily(() -> List.of(Condition.money("revenue " + year, lower, lowerBound, revenue),
        Condition.money("revenue " + year, upper, upperBound, revenue)));
  }

  /** Whether the year's revenue puts the firm at the scale, as {@link ReachedScaleNotCounted} reads it. */
  private static boolean reachedScale(Enterprise enterprise, Financials year, Settings settings) {
    return ScaleReading.revenueDecides(enterprise, settings)
        && Threshold.atLeast(XiangxiangParameters.SCALE_THRESHOLD).admits(settings, year.revenue().orElseThrow());
  }
}
