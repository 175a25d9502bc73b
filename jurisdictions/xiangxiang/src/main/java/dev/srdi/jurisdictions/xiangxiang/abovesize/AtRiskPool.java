package dev.srdi.jurisdictions.xiangxiang.abovesize;

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

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    if (enterprise.financials().isEmpty() || !enterprise.aboveDesignatedSize().orElse(false)) {
      return List.of();
    }
    var bound = Threshold.atMost(XiangxiangParameters.AT_RISK_REVENUE_TO);
    boolean fallRequired = context.settings().chose(XiangxiangInterpretations.AT_RISK,
        XiangxiangInterpretations.REVENUE_FELL);
    var out = new ArrayList<Assessment>();
    for (Financials f : enterprise.financialsInOrder()) {
      int year = f.year();
      // Dated 31 December of the year of the revenue: the values in force then.
      var settings = context.on(LocalDate.of(year, 12, 31));
      if (f.revenue().isEmpty()) {
        out.add(NotEligible.missing(id(), year, "revenue " + year));
        continue;
      }
      Money revenue = f.revenue().get();
      Bound<Money> top = bound.bound(settings);
      if (!top.admits(revenue)) {
        out.add(NotEligible.because(id(), year, Words.lazily(() -> "revenue " + revenue.toFenString() + " in " + year
            + " is not " + top.describe()))
            .withConditions(Condition.lazily(() -> List.of(Condition.money("revenue " + year, bound, top, revenue)))));
        continue;
      }
      Words why = Words.lazily(() -> "above-size enterprise with revenue " + revenue.toFenString() + " in " + year
          + " (" + top.describe() + ")");
      if (fallRequired) {
        Optional<Money> before = enterprise.financials(year - 1).flatMap(Financials::revenue);
        if (before.isEmpty()) {
          out.add(NotEligible.missing(id(), year, "revenue " + (year - 1)));
          continue;
        }
        if (!Bound.lessThan(before.get()).admits(revenue)) {
          out.add(NotEligible.because(id(), year, "revenue did not fall in " + year + " (from "
              + before.get().toFenString() + " to " + revenue.toFenString() + "): no sign of risk of leaving the list")
              .withConditions(Condition.money("revenue " + year, bound, settings, revenue),
                  Condition.money("revenue " + year + " against " + (year - 1), Bound.lessThan(before.get()), revenue)));
          continue;
        }
        Money fallenFrom = before.get();
        why = why.then(Words.lazily(() -> ", fallen from " + fallenFrom.toFenString() + " in " + (year - 1)));
      }
      out.add(Claim.of(id(), LocalDate.of(year, 12, 31), Basis.none(), why)
          .withNote("excluded if the firm has severe overcapacity, excessive resource use or low-grade products "
              + "(left to market exit); the facts do not show these"));
    }
    return out;
  }
}
