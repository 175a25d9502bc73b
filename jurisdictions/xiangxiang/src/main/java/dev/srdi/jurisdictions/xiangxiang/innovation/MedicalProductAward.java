package dev.srdi.jurisdictions.xiangxiang.innovation;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangAchievementTypes;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 三、6: "对获得省级医疗器械创新、仿制药质量和一次性评价过评品种奖励的中小企业，按照每个品种 5 万元的标准给予一次性奖励". The
 * award is per product (品种), so it multiplies by the count; each product is awarded once, so one award
 * event with its count earns once and another event (other products) earns again. A missing count
 * is reported, never taken as one. The clause itself names the award (省级…奖励), so a fact without a
 * level is that provincial award, as the contract gives the fact {@code +count} only; only an explicit
 * other level is refused.
 */
final class MedicalProductAward implements Measure {
  static final String ID = "xiangxiang.innovation.medical-product";

  private final MeasureDescriptor descriptor = TABLES.measure(MeasureId.of(ID)).descriptor()
      .description("“按照每个品种…给予一次性奖励”: the award per product (品种) times the number of products that won the "
          + "provincial award; the count of products is required, never assumed")
      .amountKind(AmountKind.EXACT)
      .formula(Formula.perUnit(XiangxiangParameters.MEDICAL_PRODUCT_AWARD))
      .coverage(XiangxiangParameters.PLAN_YEARS)
      .build();

  @Override public MeasureDescriptor descriptor() {
    return descriptor;
  }

  @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
    List<Achievement> achievements = enterprise.achievementsOf(XiangxiangAchievementTypes.MEDICAL_PRODUCT);
    if (achievements.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Assessment>(achievements.size());
    for (int i = 0; i < achievements.size(); i++) {
      Achievement a = achievements.get(i);
      LocalDate date = a.date();
      if (a.count().isEmpty()) {
        out.add(NotEligible.missing(id(), a.year(), "count of products of the product award of " + date));
      } else if (a.level().isPresent() && a.level().get() != Level.PROVINCIAL) {
        Level has = a.level().get();
        out.add(NotEligible.because(id(), a.year(),
            Words.lazily(() -> "the product award of " + date + " is " + has.nameEn()
                + " level; the clause rewards provincial (省级) awards only"),
            Condition.lazily(() -> List.of(Condition.requirement("level of the product award of " + date,
                "provincial (省级)", Optional.of(has.nameEn()), false)))));
      } else {
        int count = a.count().get();
        out.add(Claim.of(id(), date, Basis.units(count),
            Words.lazily(() -> count + " product(s) with a provincial award of " + date)));
      }
    }
    return out;
  }
}
