package dev.srdi.jurisdictions.xiangxiang.abovesize;

import dev.srdi.core.measure.ByYear;
import dev.srdi.core.measure.Words;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.money.Money;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangInterpretations;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import dev.srdi.jurisdictions.xiangxiang.Years;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、（三）: "精准定位年营业收入3000万元以下且存在退规风险的企业，建立“退规风险企业库”…实行“一企一策”帮扶指导". An
 * above-size enterprise with revenue at or under the bound (以下) that is at risk of leaving the list,
 * read by {@link XiangxiangInterpretations#AT_RISK}, gets one-firm-one-policy help in that year. The text
 * leaves firms of severe overcapacity, excessive resource use or low-grade products to the market;
 * the facts do not show those, so each grant notes it.
 */
final class AtRiskPool implements Measure {
  static final String ID = "xiangxiang.above-size.at-risk-pool";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .amountKind(AmountKind.NONE)
      .addStacking(StackingRule.oncePerYear())
      .addThresholds(XiangxiangParameters.AT_RISK_REVENUE_TO)
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  private static final Threshold<Money> BOUND = Threshold.atMost(XiangxiangParameters.AT_RISK_REVENUE_TO);
  private static final List<String> NOTES = List.of("excluded if the firm has severe overcapacity, excessive resource "
      + "use or low-grade products (left to market exit); the facts do not show these");

  /** The rejections that depend on the year alone, written once for every firm. */
  private final ByYear<NotEligible> missingRevenue =
      ByYear.of(year -> NotEligible.missing(MeasureId.of(ID), year, "revenue " + year));
  private final ByYear<NotEligible> missingRevenueBefore =
      ByYear.of(year -> NotEligible.missing(MeasureId.of(ID), year, "revenue " + (year - 1)));
  /** Immutable, so a race only makes it twice. */
  private Bound<Money> lastTop;

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    // Asked for every year of every above-size firm: indexed, the year before taken from the ordered list.
    List<Financials> years = enterprise.financialsInOrder();
    if (years.isEmpty() || !enterprise.aboveDesignatedSize().orElse(false)) {
      return List.of();
    }
    boolean fallRequired = context.settings().chose(XiangxiangInterpretations.AT_RISK,
        XiangxiangInterpretations.REVENUE_FELL);
    var out = new ArrayList<Assessment>(years.size());
    for (int i = 0; i < years.size(); i++) {
      Financials f = years.get(i);
      int year = f.year();
      // Dated 31 December of the year of the revenue: the values in force then.
      var settings = context.on(Years.end(year));
      if (f.revenue().isEmpty()) {
        out.add(missingRevenue.get(year));
        continue;
      }
      Money revenue = f.revenue().get();
      Bound<Money> top = top(settings.value(XiangxiangParameters.AT_RISK_REVENUE_TO));
      if (!top.admits(revenue)) {
        out.add(NotEligible.because(id(), year,
            Words.lazily(() -> "revenue " + revenue.toFenString() + " in " + year
                + " is not " + top.describe()),
            Condition.lazily(() -> List.of(Condition.money("revenue " + year, BOUND, top, revenue)))));
        continue;
      }
      if (!fallRequired) {
        out.add(claim(year, Words.lazily(() -> "above-size enterprise with revenue " + revenue.toFenString() + " in "
            + year + " (" + top.describe() + ")")));
        continue;
      }
      Financials previous = i > 0 && years.get(i - 1).year() == year - 1 ? years.get(i - 1) : null;
      if (previous == null || previous.revenue().isEmpty()) {
        out.add(missingRevenueBefore.get(year));
        continue;
      }
      Money before = previous.revenue().get();
      if (!Bound.lessThan(before).admits(revenue)) {
        out.add(NotEligible.because(id(), year,
            Words.lazily(() -> "revenue did not fall in " + year + " (from "
                + before.toFenString() + " to " + revenue.toFenString() + "): no sign of risk of leaving the list"),
            Condition.lazily(() -> List.of(Condition.money("revenue " + year, BOUND, top,
                revenue), Condition.money("revenue " + year + " against " + (year - 1), Bound.lessThan(before),
                    revenue)))));
        continue;
      }
      out.add(claim(year, Words.lazily(() -> "above-size enterprise with revenue " + revenue.toFenString() + " in "
          + year + " (" + top.describe() + "), fallen from " + before.toFenString() + " in " + (year - 1))));
    }
    return out;
  }

  private Claim claim(int year, Words why) {
    LocalDate yearEnd = Years.end(year);
    return new Claim(id(), yearEnd, year, Basis.none(), Optional.empty(), Optional.empty(), why, NOTES);
  }

  /** The bound of the value in force, made again only when the value is another (a revision, a what-if). */
  private Bound<Money> top(Money value) {
    Bound<Money> last = lastTop;
    if (last == null || last.value() != value) {
      last = BOUND.kind().of(value);
      lastTop = last;
    }
    return last;
  }
}
