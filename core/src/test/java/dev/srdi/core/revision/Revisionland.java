package dev.srdi.core.revision;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.Timeline;
import dev.srdi.core.parameter.Timeline.Step;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.TaskId;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A made-up city that revises its policy, as no real city in this project has yet: its 2020 measures
 * raise the first-recognition award from 100000 to 120000 yuan from 2022-07-01, and are superseded
 * on 2024-01-01 by a 2024 plan with an award of its own. The 2024 plan lowers the revenue threshold
 * of its scale award from 2000万元 to 1500万元 from 2025-01-01, shortens the review of its priority
 * benefit from 30 to 20 working days from 2025-07-01, raises its count target from 10 to 12 from
 * 2026-01-01 and moves its monthly report from the 25th to the 20th from 2025-03-01. Nothing here is a
 * real revision.
 */
final class Revisionland implements Jurisdiction {
  static final DocumentId MEASURES_2020 = DocumentId.of("revisionland-2020");
  static final DocumentId PLAN_2024 = DocumentId.of("revisionland-2024");
  static final LocalDate RAISED = LocalDate.of(2022, 7, 1);
  static final LocalDate REPLACED = LocalDate.of(2024, 1, 1);

  static final Parameter<Money> FIRST_AWARD = new Parameter<>(ParameterId.of("revisionland.first-award.amount"),
      "award on a first city-level SRDI recognition", Unit.YUAN,
      Timeline.of(List.of(
          new Step<>(Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(Money.yuan("100000"))),
          new Step<>(Optional.of(RAISED), Optional.of(Money.yuan("120000"))),
          new Step<>(Optional.of(REPLACED), Optional.empty()))),
      Citation.of(MEASURES_2020, "二、（三）", "给予一次性奖励10万元"), Optional.empty(), Optional.empty());
  static final Parameter<Money> PLAN_AWARD = Parameter.of("revisionland.plan-award.amount",
      "award of the 2024 plan on a first city-level SRDI recognition", Unit.YUAN, Money.yuan("150000"),
      Citation.of(PLAN_2024, "三、（一）", "给予一次性奖励15万元"));

  static final LocalDate THRESHOLD_LOWERED = LocalDate.of(2025, 1, 1);
  static final LocalDate REVIEW_SHORTENED = LocalDate.of(2025, 7, 1);
  static final LocalDate TARGET_RAISED = LocalDate.of(2026, 1, 1);
  static final LocalDate REPORT_MOVED = LocalDate.of(2025, 3, 1);

  static final Parameter<Money> SCALE_REVENUE = revised("revisionland.scale-award.revenue-from",
      "revenue of the year from which the scale award is paid", Unit.YUAN, Money.yuan("20000000"),
      THRESHOLD_LOWERED, Money.yuan("15000000"), Citation.of(PLAN_2024, "三、（二）", "年营业收入达到2000万元以上"));
  static final Parameter<Money> SCALE_AWARD = Parameter.of("revisionland.scale-award.amount",
      "award of the year for an enterprise at the scale", Unit.YUAN, Money.yuan("50000"),
      Citation.of(PLAN_2024, "三、（二）", "给予5万元奖励"));
  static final Parameter<Integer> REVIEW_DAYS = revised("revisionland.priority-review.days",
      "working days within which an SRDI SME's application is reviewed", Unit.COUNT, 30, REVIEW_SHORTENED, 20,
      Citation.of(PLAN_2024, "三、（三）", "30个工作日内办结"));
  static final Parameter<Integer> NEW_SRDI_TARGET = revised("revisionland.new-srdi-target.count",
      "new city-level SRDI SMEs a year", Unit.COUNT, 10, TARGET_RAISED, 12,
      Citation.of(PLAN_2024, "四、（一）", "每年新增市级“专精特新”中小企业10家"));
  static final Parameter<Integer> REPORT_DAY = revised("revisionland.monthly-report.day",
      "day of the month by which the monthly report is due", Unit.COUNT, 25, REPORT_MOVED, 20,
      Citation.of(PLAN_2024, "四、（二）", "每月25日前报送"));

  static final MeasureId FIRST = MeasureId.of("revisionland.first-award");
  static final MeasureId PLAN = MeasureId.of("revisionland.plan-award");
  static final MeasureId SCALE = MeasureId.of("revisionland.scale-award");
  static final MeasureId PRIORITY = MeasureId.of("revisionland.priority-review");
  static final TargetId NEW_SRDI = TargetId.of("revisionland.new-srdi-target");
  static final TaskId MONTHLY_REPORT = TaskId.of("revisionland.duty.monthly-report");

  @Override public JurisdictionId id() {
    return JurisdictionId.of("revisionland");
  }

  @Override public String nameZh() {
    return "修订市";
  }

  @Override public String nameEn() {
    return "Revisionland";
  }

  @Override public List<PolicyDocument> documents() {
    return List.of(
        new PolicyDocument(MEASURES_2020, "修订市措施（2020）", "Revisionland measures (2020)", Optional.empty(),
            Optional.of(LocalDate.of(2020, 1, 1)),
            Window.between(LocalDate.of(2020, 1, 1), REPLACED, "until the 2024 plan replaced it")),
        new PolicyDocument(PLAN_2024, "修订市方案（2024）", "Revisionland plan (2024)", Optional.empty(),
            Optional.of(REPLACED), Window.between(REPLACED, LocalDate.of(2027, 1, 1), "2024—2026"),
            Optional.of(MEASURES_2020)));
  }

  @Override public List<Measure> measures() {
    return List.of(award(FIRST, FIRST_AWARD), award(PLAN, PLAN_AWARD), scaleAward(), priorityReview());
  }

  @Override public List<Parameter<?>> parameters() {
    return List.of(FIRST_AWARD, PLAN_AWARD, SCALE_REVENUE, SCALE_AWARD, REVIEW_DAYS, NEW_SRDI_TARGET, REPORT_DAY);
  }

  @Override public List<Target> targets() {
    return List.of(new Target(NEW_SRDI, "新增市级专精特新", "new city-level SRDI SMEs", NEW_SRDI_TARGET.citation(),
        Responsibility.none(), NEW_SRDI_TARGET, TargetPeriod.everyYear(),
        Metric.count("new city-level SRDI recognitions in the year", (e, q) -> e.recognitions().stream()
            .anyMatch(r -> r.is(Title.SRDI_SME, Level.CITY) && r.isNew() && r.date().getYear() == q.year()))));
  }

  @Override public List<RecurringDuty> duties() {
    return List.of(new RecurringDuty(MONTHLY_REPORT, "每月报送", "monthly report", Schedule.monthlyBy(REPORT_DAY),
        REPORT_DAY.citation(), Responsibility.none()));
  }

  /** A value from the document's start, another from {@code changed} on. */
  private static <T> Parameter<T> revised(String id, String description, Unit<T> unit, T first, LocalDate changed,
      T second, Citation citation) {
    return new Parameter<>(ParameterId.of(id), description, unit, Timeline.of(List.of(
        new Step<>(Optional.empty(), Optional.of(first)), new Step<>(Optional.of(changed), Optional.of(second)))),
        citation, Optional.empty(), Optional.empty());
  }

  /** Every year with revenue at the threshold in force on 31 December of that year: a fixed award. */
  private static Measure scaleAward() {
    var d = MeasureDescriptor.builder()
        .id(SCALE).nameZh("规模奖励").nameEn("scale award")
        .citation(SCALE_AWARD.citation())
        .amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(SCALE_AWARD))
        .addThresholds(SCALE_REVENUE)
        .build();
    return Measure.of(d, (e, ctx) -> {
      var out = new ArrayList<Assessment>();
      for (Financials f : e.financialsInOrder()) {
        LocalDate yearEnd = LocalDate.of(f.year(), 12, 31);
        Threshold<Money> from = Threshold.atLeast(SCALE_REVENUE);
        var onYearEnd = ctx.on(yearEnd);
        Money revenue = f.revenue().orElseThrow();
        out.add(from.admits(onYearEnd, revenue)
            ? Claim.of(SCALE, yearEnd, Basis.none(), "revenue " + revenue.toFenString() + " in " + f.year() + ", "
                + from.bound(onYearEnd).describe())
            : NotEligible.because(SCALE, f.year(), "revenue " + revenue.toFenString() + " in " + f.year() + " is not "
                + from.bound(onYearEnd).describe()));
      }
      return out;
    });
  }

  /** For a holder of a city-level SRDI recognition on the as-of date: review within the days in force then. */
  private static Measure priorityReview() {
    var d = MeasureDescriptor.builder()
        .id(PRIORITY).nameZh("优先办理").nameEn("priority review")
        .citation(REVIEW_DAYS.citation())
        .amountKind(AmountKind.NONE)
        .addThresholds(REVIEW_DAYS)
        .build();
    return Measure.of(d, (e, ctx) -> e.recognitionsInOrder().stream()
        .filter(r -> r.is(Title.SRDI_SME, Level.CITY) && r.isValidOn(ctx.asOf()))
        .limit(1)
        .<Assessment>map(r -> Claim.of(PRIORITY, ctx.asOf(), Basis.none(), "applications reviewed within "
            + ctx.on(ctx.asOf()).value(REVIEW_DAYS) + " working days"))
        .toList());
  }

  private static Measure award(MeasureId id, Parameter<Money> amount) {
    var d = MeasureDescriptor.builder()
        .id(id).nameZh("首次认定奖励").nameEn("first recognition award")
        .citation(amount.citation())
        .amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(amount))
        .build();
    return Measure.of(d, (e, ctx) -> e.recognitionsInOrder().stream()
        .filter(r -> r.is(Title.SRDI_SME, Level.CITY) && r.isNew())
        .<Assessment>map(r -> Claim.of(id, r.date(), Basis.none(), "new city-level SRDI recognition of " + r.date()))
        .toList());
  }
}
