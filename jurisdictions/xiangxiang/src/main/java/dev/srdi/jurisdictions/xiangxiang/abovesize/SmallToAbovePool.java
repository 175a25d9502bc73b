package dev.srdi.jurisdictions.xiangxiang.abovesize;

import dev.srdi.core.measure.ByYear;
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
import dev.srdi.jurisdictions.xiangxiang.Years;
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

  private static final Threshold<Money> LOWER = Threshold.atLeast(XiangxiangParameters.POOL_REVENUE_FROM);
  private static final Threshold<Money> UPPER_INCLUDED = Threshold.atMost(XiangxiangParameters.POOL_REVENUE_TO);
  private static final Threshold<Money> UPPER_EXCLUDED = Threshold.lessThan(XiangxiangParameters.POOL_REVENUE_TO);
  private static final Words ON_THE_LIST =
      Words.of("already on the above-size list: the pool is for small and micro enterprises");
  private static final Condition NOT_ON_THE_LIST =
      Condition.requirement("on the above-size list", "not on it (小微企业)", Optional.of("on it"), false);
  private static final List<String> NOTES = List.of(
      "the text also asks the towns to screen firms with large power use or tax paid; the facts hold neither");

  /** The rejections that depend on the year alone, written once for every firm. */
  private final ByYear<NotEligible> missingRevenue =
      ByYear.of(year -> NotEligible.missing(MeasureId.of(ID), year, "revenue " + year));
  private final ByYear<NotEligible> missingListStatus =
      ByYear.of(year -> NotEligible.missing(MeasureId.of(ID), year, "aboveDesignatedSize"));
  /** The band of the values last in force; immutable, so a race only makes it twice. */
  private Band lastBand;

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    boolean upperExcluded = context.settings().chose(XiangxiangInterpretations.SMALL_TO_ABOVE_RANGE,
        XiangxiangInterpretations.UPPER_EXCLUDED);
    // Asked for every year of every enterprise: indexed, and the band made once for the values in force.
    List<Financials> years = enterprise.financialsInOrder();
    Optional<Boolean> onTheList = enterprise.aboveDesignatedSize();
    var out = new ArrayList<Assessment>(years.size());
    for (int i = 0; i < years.size(); i++) {
      Financials f = years.get(i);
      int year = f.year();
      // Dated 31 December of the year of the revenue: the band in force then.
      var settings = context.on(Years.end(year));
      Money top = settings.value(XiangxiangParameters.POOL_REVENUE_TO);
      Band band = band(settings.value(XiangxiangParameters.POOL_REVENUE_FROM), top, upperExcluded);
      if (f.revenue().isEmpty()) {
        out.add(missingRevenue.get(year));
        continue;
      }
      Money revenue = f.revenue().get();
      if (!band.contains(revenue)) {
        out.add(NotEligible.because(id(), year,
            Words.lazily(() -> "revenue " + revenue.toFenString() + " in " + year
                + " is outside " + band.described()),
            Condition.lazily(() -> band.conditions(year, revenue))));
      } else if (onTheList.isEmpty()) {
        out.add(missingListStatus.get(year));
      } else if (onTheList.get()) {
        out.add(NotEligible.because(id(), year, ON_THE_LIST, Condition.lazily(() -> {
          var all = new ArrayList<Condition>(band.conditions(year, revenue));
          all.add(NOT_ON_THE_LIST);
          return all;
        })));
      } else if (reachedScale(enterprise, f, settings)) {
        out.add(NotEligible.because(id(), f.year(), "revenue " + f.revenue().get().toFenString() + " in " + f.year()
            + " reached the scale threshold " + Threshold.atLeast(XiangxiangParameters.SCALE_THRESHOLD).bound(settings)
            .describe() + ": under the same clause it is guided onto the above-size list (已达规模), not cultivated in "
            + "the pool; reaching the scale wins over the band's upper end").withConditions(band.conditions(year, revenue))
            .withConditions(Condition.money("revenue " + f.year() + " (已达规模 wins)",
                Threshold.lessThan(XiangxiangParameters.SCALE_THRESHOLD), settings, f.revenue().get())));
      } else {
        out.add(new Claim(id(), Years.end(year), year, Basis.none(), Optional.empty(), Optional.empty(),
            Words.lazily(() -> "small or micro enterprise with revenue " + revenue.toFenString() + " in " + year + " ("
                + band.described() + ")"), NOTES));
      }
    }
    return out;
  }

  private Band band(Money from, Money top, boolean upperExcluded) {
    Band last = lastBand;
    if (last == null || last.from() != from || last.top() != top || last.upperExcluded() != upperExcluded) {
      last = Band.of(from, top, upperExcluded);
      lastBand = last;
    }
    return last;
  }

  /**
   * The band "1000—2000万元" as the interpretation reads its upper end, with the values of one day: both ends as
   * bounds, as a range and in words.
   */
  private record Band(Money from, Money top, boolean upperExcluded, Threshold<Money> upper, Bound<Money> lowerBound,
      Bound<Money> upperBound, String described) {
    static Band of(Money from, Money top, boolean upperExcluded) {
      Bound<Money> lower = Bound.atLeast(from);
      Bound<Money> upper = upperExcluded ? Bound.lessThan(top) : Bound.atMost(top);
      return new Band(from, top, upperExcluded, upperExcluded ? UPPER_EXCLUDED : UPPER_INCLUDED, lower, upper,
          Range.between(lower, upper).describe());
    }

    boolean contains(Money revenue) {
      return lowerBound.admits(revenue) && upperBound.admits(revenue);
    }

    /** The year's revenue against both ends, as a checklist. */
    List<Condition> conditions(int year, Money revenue) {
      return List.of(Condition.money("revenue " + year, LOWER, lowerBound, revenue),
          Condition.money("revenue " + year, upper, upperBound, revenue));
    }
  }

  /** Whether the year's revenue puts the firm at the scale, as {@link ReachedScaleNotCounted} reads it. */
  private static boolean reachedScale(Enterprise enterprise, Financials year, Settings settings) {
    return ScaleReading.revenueDecides(enterprise, settings)
        && Threshold.atLeast(XiangxiangParameters.SCALE_THRESHOLD).admits(settings, year.revenue().orElseThrow());
  }
}
