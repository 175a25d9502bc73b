package dev.srdi.jurisdictions.xiangxiang.abovesize;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.ByYear;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.core.money.Money;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import dev.srdi.jurisdictions.xiangxiang.Years;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、（四）: "根据实际情况安排资金支持规模以上企业培育，对新增规模以上企业增产增效等进行奖补". The text sets no amount
 * ("根据实际情况"), so the entitlement is UNSPECIFIED; a new entry is read as {@link NewEntry} reads it.
 */
final class NewEntrySupport implements Measure {
  static final String ID = "xiangxiang.above-size.new-entry-support";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .description("awards and subsidies for a new above-size enterprise's growth, in amounts arranged as circumstances "
          + "allow; also tax services and special financial products for new and key-cultivation enterprises")
      .amountKind(AmountKind.UNSPECIFIED)
      .formula(Formula.unspecified("the city's arrangement of funds “根据实际情况” (no amount in the text)"))
      .addStacking(StackingRule.oncePerYear())
      .addThresholds(XiangxiangParameters.SCALE_THRESHOLD)
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  /** The rejections that depend on the year alone, written once for every firm. */
  private final ByYear<NotEligible> missingListStatus =
      ByYear.of(year -> NotEligible.missing(MeasureId.of(ID), year, "aboveDesignatedSize"));
  private final ByYear<NotEligible> missingRevenueBefore =
      ByYear.of(year -> NotEligible.missing(MeasureId.of(ID), year, "revenue " + (year - 1)));

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    // Asked for every year of most enterprises: indexed, the year before taken from the ordered list.
    List<Financials> years = enterprise.financialsInOrder();
    Optional<Boolean> onTheList = enterprise.aboveDesignatedSize();
    if (years.isEmpty() || onTheList.isPresent() && !onTheList.get()) {
      return List.of();
    }
    List<Assessment> out = null;
    for (int i = 0; i < years.size(); i++) {
      Financials f = years.get(i);
      int year = f.year();
      // Earned at the end of the year the revenue crossed the threshold: the threshold in force then.
      Money threshold = context.on(Years.end(year)).value(XiangxiangParameters.SCALE_THRESHOLD);
      Bound<Money> aboveSize = Bound.atLeast(threshold);
      if (f.revenue().isEmpty() || !aboveSize.admits(f.revenue().get())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(years.size() - i);
      }
      if (onTheList.isEmpty()) {
        out.add(missingListStatus.get(year));
        continue;
      }
      var cannotDecide = ScaleReading.whyRevenueCannotDecide(id(), year, enterprise, context.settings());
      if (cannotDecide.isPresent()) {
        out.add(cannotDecide.get());
        continue;
      }
      // As NewEntry.crossedIn reads it: this year's revenue is at the threshold, so it crossed if last year's was under.
      Financials previous = i > 0 && years.get(i - 1).year() == year - 1 ? years.get(i - 1) : null;
      if (previous == null || previous.revenue().isEmpty()) {
        out.add(missingRevenueBefore.get(year));
      } else if (!aboveSize.admits(previous.revenue().get())) {
        Money revenue = f.revenue().get();
        out.add(Claim.of(id(), Years.end(year), Basis.none(), Words.lazily(() -> "new above-size enterprise: revenue "
            + "reached " + revenue.toFenString() + " in " + year + ", " + Bound.atLeast(threshold).describe()
            + ", after being under it in " + (year - 1))));
      }
    }
    return out == null ? List.of() : out;
  }
}
