package dev.srdi.core.testland;

import static dev.srdi.core.testland.TestlandParameters.*;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.Range;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Coverage;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.stacking.StackingRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Testland: a made-up city whose measures borrow clauses from the three real documents, so that the
 * core's engine and the plugin test kit can be tested without depending on any real plugin.
 */
final class TestlandMeasures {
  static final String FUND = "testland development fund";
  static final Responsibility MIIT = Responsibility.responsible("市工业和信息化局", "市财政局");
  static final Interpretation HIGHEST_ONLY = StackingRule.HighestOnly.interpretation("testland.highest-only",
      Citation.of(ZHANJIANG, "三、(一)", "按最高奖励级别对企业或项目进行一次性奖励,不重复奖励"));
  static final Interpretation GIANT_EXCLUDES = Interpretation.of("testland.first-city-award.earlier-giant",
      "Whether an earlier national little giant also excludes the first city-level award.",
      Citation.of(GUILIN, "二、（三）", "前期已获得自治区级以上“专精特新”中小企业，不重复享受该政策"), "excludes",
      dev.srdi.core.parameter.Choice.of("excludes", "a little giant is an SRDI firm of national level"),
      dev.srdi.core.parameter.Choice.of("ignored", "only an SRDI SME recognition excludes it"));
  static final AchievementType CLOUD = AchievementType.of("CLOUD_ADOPTION");
  static final AchievementType MEDICAL = AchievementType.of("MEDICAL_PRODUCT_AWARD");
  static final AchievementType CHAIN = AchievementType.of("DIGITAL_CHAIN_LEADER");

  private TestlandMeasures() {}

  static List<Measure> all() {
    return List.of(firstCityAward(), tierAward(Title.SRDI_SME, Level.PROVINCIAL, PROVINCIAL_SRDI, "provincial-srdi"),
        tierAward(Title.LITTLE_GIANT, Level.NATIONAL, NATIONAL_LITTLE_GIANT, "national-little-giant"),
        growthAward(), cloudSubsidy(), medicalProducts(), chainLeader(), priorityPower());
  }

  static Measure firstCityAward() {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.first-city-award"))
        .nameZh("首次市级专精特新奖励").nameEn("first city-level SRDI award")
        .citation(FIRST_AWARD.citation())
        .fundingSource(FUND).responsibility(MIIT)
        .amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(FIRST_AWARD))
        .addStacking(StackingRule.firstOccurrenceOnly(), StackingRule.notIfHeldBefore(Title.SRDI_SME, Level.PROVINCIAL),
            StackingRule.whenChosen(GIANT_EXCLUDES, "excludes",
                StackingRule.notIfHeldBefore(Title.LITTLE_GIANT, Level.NATIONAL)),
            StackingRule.oncePerEnterprise())
        .build();
    return Measure.of(d, (e, ctx) -> e.recognitionsInOrder().stream()
        .filter(r -> r.title() == Title.SRDI_SME && r.level() == Level.CITY && r.isNew())
        .<Assessment>map(r -> Claim.of(d.id(), r.date(), Basis.none(), "new city-level SRDI recognition of " + r.date()))
        .toList());
  }

  static Measure tierAward(Title title, Level level, dev.srdi.core.parameter.Parameter<Money> cap, String name) {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.tier-award." + name))
        .nameZh(level.nameZh() + title.nameZh() + "奖励").nameEn(level.nameEn() + " " + title.nameEn() + " award")
        .citation(cap.citation())
        .fundingSource(FUND).responsibility(MIIT)
        .amountKind(AmountKind.UP_TO)
        .formula(Formula.fixed(cap))
        .coverage(Coverage.from(TIER_FROM))
        .addStacking(StackingRule.highestOnly("tier", HIGHEST_ONLY))
        .build();
    return Measure.of(d, (e, ctx) -> e.recognitionsInOrder().stream()
        .filter(r -> r.title() == title && r.level() == level)
        .<Assessment>map(r -> Claim.of(d.id(), r.date(), Basis.none(), r.describe()).inScope(r.project()))
        .toList());
  }

  static Measure growthAward() {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.growth-award"))
        .nameZh("快速增长奖励").nameEn("growth award")
        .citation(GROWTH_RATE.citation())
        .fundingSource(FUND).responsibility(MIIT)
        .amountKind(AmountKind.EXACT)
        .formula(Formula.rateOfIncrease(GROWTH_RATE, GROWTH_CAP))
        .addStacking(StackingRule.oncePerYear())
        .addThresholds(GROWTH_FLOOR, GROWTH_CEILING, OUTPUT_GROWTH, TAX_GROWTH)
        .build();
    return Measure.of(d, (e, ctx) -> {
      var out = new ArrayList<Assessment>();
      for (Financials f : e.financials().stream().sorted(java.util.Comparator.comparingInt(Financials::year)).toList()) {
        int y = f.year();
        Settings s = ctx.on(LocalDate.of(y, 12, 31));
        Range<Money> bracket = Range.between(Threshold.atLeast(GROWTH_FLOOR).bound(s), Threshold.lessThan(GROWTH_CEILING).bound(s));
        if (!e.holdsDuring(y, Title.SRDI_SME, Level.CITY)) {
          continue;
        }
        Optional<Financials> previous = e.financials(y - 1);
        if (f.outputValue().isEmpty() || f.taxPaid().isEmpty()) {
          out.add(NotEligible.missing(d.id(), y, f.outputValue().isEmpty() ? "outputValue " + y : "taxPaid " + y));
          continue;
        }
        Money output = f.outputValue().get();
        if (Bound.atLeast(s.value(GROWTH_CEILING)).admits(output)) {
          out.add(NotEligible.because(d.id(), y, "output value of 1亿元以上: referred to other industrial policies"));
          continue;
        }
        if (!bracket.contains(output)) {
          out.add(NotEligible.because(d.id(), y, "output value outside " + bracket.describe()));
          continue;
        }
        if (previous.isEmpty() || previous.get().outputValue().isEmpty() || previous.get().taxPaid().isEmpty()) {
          out.add(NotEligible.missing(d.id(), y, "outputValue and taxPaid " + (y - 1)));
          continue;
        }
        Money lastOutput = previous.get().outputValue().get();
        Money lastTax = previous.get().taxPaid().get();
        boolean outputGrew = Bound.atLeast(lastOutput.times(BigDecimal.ONE.add(s.value(OUTPUT_GROWTH).fraction()))).admits(output)
            && lastOutput.isPositive();
        boolean taxGrew = Bound.atLeast(lastTax.times(BigDecimal.ONE.add(s.value(TAX_GROWTH).fraction()))).admits(f.taxPaid().get())
            && lastTax.isPositive();
        if (!outputGrew || !taxGrew) {
          out.add(NotEligible.because(d.id(), y, "growth below the thresholds"));
          continue;
        }
        out.add(Claim.of(d.id(), LocalDate.of(y, 12, 31), Basis.increase(lastOutput, output), "grew in " + y).forYear(y));
      }
      return out;
    });
  }

  static Measure cloudSubsidy() {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.cloud-subsidy"))
        .nameZh("上云补助").nameEn("cloud subsidy")
        .citation(CLOUD_RATE.citation())
        .fundingSource(FUND).responsibility(MIIT)
        .amountKind(AmountKind.UP_TO)
        .formula(Formula.rateOfBase(CLOUD_RATE, Optional.of(Threshold.atLeast(CLOUD_FLOOR)), Optional.of(CLOUD_CAP)))
        .build();
    return Measure.of(d, (e, ctx) -> e.achievementsOf(CLOUD).stream()
        .<Assessment>map(a -> a.investment()
            .<Assessment>map(inv -> Claim.of(d.id(), a.date(), Basis.base(inv), "cloud project of " + a.date()))
            .orElseGet(() -> NotEligible.missing(d.id(), a.year(), "investment")))
        .toList());
  }

  static Measure medicalProducts() {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.medical-product-award"))
        .nameZh("医疗器械品种奖励").nameEn("medical product award")
        .citation(PER_PRODUCT.citation())
        .fundingSource(FUND).responsibility(MIIT)
        .amountKind(AmountKind.EXACT)
        .formula(Formula.perUnit(PER_PRODUCT))
        .build();
    return Measure.of(d, (e, ctx) -> e.achievementsOf(MEDICAL).stream()
        .<Assessment>map(a -> Claim.of(d.id(), a.date(), Basis.units(a.count().orElse(1)), "products of " + a.date()))
        .toList());
  }

  static Measure chainLeader() {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.digital-chain-award"))
        .nameZh("数字化带动奖励").nameEn("digital chain award")
        .citation(Citation.of(ZHANJIANG, "三、(五)", "带动上下游企业10家以上的给予一定奖励"))
        .responsibility(MIIT)
        .amountKind(AmountKind.UNSPECIFIED)
        .formula(Formula.unspecified("湛江市制造业数字化转型行动计划"))
        .addStacking(StackingRule.oncePerEnterprise())
        .build();
    return Measure.of(d, (e, ctx) -> e.achievementsOf(CHAIN).stream()
        .filter(a -> a.partners().orElse(0) >= 10)
        .<Assessment>map(a -> Claim.of(d.id(), a.date(), Basis.none(), "chain leader"))
        .toList());
  }

  static Measure priorityPower() {
    var d = MeasureDescriptor.builder()
        .id(MeasureId.of("testland.priority-power"))
        .nameZh("优先保障用电").nameEn("priority power supply")
        .description("SRDI firms keep power when orderly-use plans start")
        .citation(Citation.of(GUILIN, "三、（五）", "优先保障“专精特新”中小企业用电"))
        .responsibility(Responsibility.responsible("市发展改革委"))
        .amountKind(AmountKind.NONE)
        .addStacking(StackingRule.oncePerEnterprise())
        .build();
    return Measure.of(d, (e, ctx) -> e.holdsOn(ctx.asOf(), Title.SRDI_SME, Level.CITY)
        ? List.of(Claim.of(d.id(), ctx.asOf(), Basis.none(), "holds an SRDI recognition on " + ctx.asOf()))
        : List.of(NotEligible.because(d.id(), "holds no SRDI recognition on " + ctx.asOf())));
  }
}
