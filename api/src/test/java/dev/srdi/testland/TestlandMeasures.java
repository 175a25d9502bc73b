package dev.srdi.testland;

import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.stacking.StackingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Testland's five measures: an exact award, a capped award, a proportional subsidy, an unspecified award, a benefit. */
final class TestlandMeasures {
  private TestlandMeasures() {}

  static List<Measure> all() {
    return List.of(srdiAward(), littleGiantAward(), cloudSubsidy(), relocationAward(), powerPriority());
  }

  private static Measure srdiAward() {
    var d = base("testland.srdi-award", "专精特新企业奖励", "SRDI award", AmountKind.EXACT)
        .citation(Testland.cite("三、（一）", "给予10万元奖励"))
        .formula(Formula.fixed(Testland.SRDI_AWARD))
        .addStacking(StackingRule.oncePerEnterprise(), StackingRule.highestOnly("tier", Testland.HIGHEST_ONLY))
        .build();
    return measure(d, (e, c) -> recognitions(d.id(), e, Title.SRDI_SME, Level.PROVINCIAL));
  }

  private static Measure littleGiantAward() {
    var d = base("testland.little-giant-award", "小巨人企业奖励", "little giant award", AmountKind.UP_TO)
        .citation(Testland.cite("三、（一）", "最高不超过50万元"))
        .formula(Formula.fixed(Testland.GIANT_CAP))
        .addStacking(StackingRule.oncePerEnterprise(), StackingRule.highestOnly("tier", Testland.HIGHEST_ONLY))
        .build();
    return measure(d, (e, c) -> recognitions(d.id(), e, Title.LITTLE_GIANT, Level.NATIONAL));
  }

  private static Measure cloudSubsidy() {
    var d = base("testland.cloud-subsidy", "上云用云补助", "cloud adoption subsidy", AmountKind.UP_TO)
        .citation(Testland.cite("三、（二）", "按投资额的10%"))
        .formula(Formula.rateOfBase(Testland.CLOUD_RATE, Optional.empty(), Optional.of(Testland.CLOUD_CAP)))
        .build();
    return measure(d, (e, c) -> {
      var out = new ArrayList<Assessment>();
      e.achievementsOf(AchievementType.of("CLOUD_ADOPTION")).forEach(a -> out.add(a.investment()
          .<Assessment>map(i -> Claim.of(d.id(), a.date(), Basis.base(i), "cloud investment of " + i.toFenString()))
          .orElseGet(() -> NotEligible.missing(d.id(), a.year(), "investment"))));
      return out;
    });
  }

  private static Measure relocationAward() {
    var d = base("testland.relocation-award", "引进企业奖励", "relocation award", AmountKind.UNSPECIFIED)
        .citation(Testland.cite("三、（三）", "给予一定奖励"))
        .formula(Formula.unspecified("the county's own rules"))
        .build();
    return measure(d, (e, c) -> e.relocatedFromOutside()
        .<List<Assessment>>map(day -> List.of(Claim.of(d.id(), day, Basis.none(), "moved in from outside the city")))
        .orElseGet(() -> List.of(NotEligible.because(d.id(), "did not move in from outside the city"))));
  }

  private static Measure powerPriority() {
    var d = base("testland.power-priority", "用电保障", "priority power supply", AmountKind.NONE)
        .description("priority connection and supply of power")
        .citation(Testland.cite("三、（四）", "优先保障用电"))
        .build();
    return measure(d, (e, c) -> e.recognitionsOf(Title.SRDI_SME, Level.PROVINCIAL).findFirst()
        .<List<Assessment>>map(r -> List.of(Claim.of(d.id(), r.date(), Basis.none(), "holds " + r.describe())))
        .orElseGet(() -> List.of(NotEligible.because(d.id(), "no provincial-or-above SRDI recognition"))));
  }

  private static MeasureDescriptor.Builder base(String id, String nameZh, String nameEn, AmountKind kind) {
    var b = MeasureDescriptor.builder().id(MeasureId.of(id)).nameZh(nameZh).nameEn(nameEn).amountKind(kind)
        .responsibility(Testland.INDUSTRY_LEADS);
    if (kind != AmountKind.NONE) {
      b.fundingSource(Testland.FUND);
    }
    return b;
  }

  private static List<Assessment> recognitions(MeasureId id, Enterprise e, Title title, Level level) {
    List<Recognition> found = e.recognitionsOf(title, level).filter(Recognition::isNew).toList();
    if (found.isEmpty()) {
      return List.of(NotEligible.because(id, "no new " + level.nameEn() + "-or-above " + title.nameEn() + " recognition"));
    }
    return found.stream().<Assessment>map(r -> Claim.of(id, r.date(), Basis.none(), "new " + r.describe())).toList();
  }

  private static Measure measure(MeasureDescriptor d, BiFunction<Enterprise, EvaluationContext, List<Assessment>> rule) {
    return new Measure() {
      @Override public MeasureDescriptor descriptor() {
        return d;
      }

      @Override public List<Assessment> assess(Enterprise enterprise, EvaluationContext context) {
        return rule.apply(enterprise, context);
      }
    };
  }
}
