package dev.srdi.jurisdictions.xiangxiang.abovesize;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Bracket;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.measure.ThresholdRange;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import dev.srdi.jurisdictions.xiangxiang.Years;
import dev.srdi.core.parameter.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、（二）: "积极引导营业收入已达规模但未“入规入统”的企业“升规”，做到应入尽入、应统尽统". An enterprise not on the list
 * whose revenue of the year reached the scale threshold (以上) is to be guided onto it. The text sets no
 * threshold: see {@link dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters#SCALE_THRESHOLD} and
 * {@link ScaleReading}. At exactly the threshold a firm is also at the top of the small-to-above band
 * when that band includes its upper end; reaching the scale wins, and the pool refuses it.
 */
final class ReachedScaleNotCounted implements Measure {
  static final String ID = "xiangxiang.above-size.reached-scale-not-counted";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .description("an enterprise not on the above-size list whose revenue reached the scale threshold is guided to "
          + "enter it (应入尽入、应统尽统)")
      .amountKind(AmountKind.NONE)
      .addStacking(StackingRule.oncePerYear())
      .addThresholds(XiangxiangParameters.SCALE_THRESHOLD)
      .addBrackets(Bracket.of(ScaleReading.REVENUE_OFF_THE_LIST,
          ThresholdRange.from(Threshold.atLeast(XiangxiangParameters.SCALE_THRESHOLD))))
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  private static final Threshold<Money> THRESHOLD = Threshold.atLeast(XiangxiangParameters.SCALE_THRESHOLD);

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    List<Financials> years = enterprise.financialsInOrder();
    Optional<Boolean> onTheList = enterprise.aboveDesignatedSize();
    if (years.isEmpty() || onTheList.orElse(false)) {
      return List.of();
    }
    List<Assessment> out = null;
    for (int i = 0; i < years.size(); i++) {
      Financials f = years.get(i);
      int year = f.year();
      // Dated 31 December of the year of the revenue: the threshold in force then.
      Settings onYearEnd = context.on(Years.end(year));
      if (f.revenue().isEmpty()) {
        continue;
      }
      Bound<Money> threshold = THRESHOLD.bound(onYearEnd);
      Money revenue = f.revenue().get();
      if (!threshold.admits(revenue)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(years.size() - i);
      }
      var cannotDecide = ScaleReading.whyRevenueCannotDecide(id(), year, enterprise, context.settings());
      if (onTheList.isEmpty()) {
        out.add(NotEligible.missing(id(), year, "aboveDesignatedSize"));
      } else if (cannotDecide.isPresent()) {
        out.add(cannotDecide.get());
      } else {
        out.add(Claim.of(id(), Years.end(year), Basis.none(), Words.lazily(() -> "revenue " + revenue.toFenString()
            + " in " + year + " is " + threshold.describe() + " but the enterprise is not on the above-size list")));
      }
    }
    return out == null ? List.of() : out;
  }
}
