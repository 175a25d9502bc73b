package dev.srdi.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Bracket;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.measure.ThresholdRange;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import dev.srdi.core.responsibility.Responsibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each check on a small policy written for it, both sides of what it finds. */
final class PolicyCheckTest {
  private static final DocumentId DOC = DocumentId.of("checkland-doc");
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static Citation cite(String quote) {
    return Citation.of(DOC, "二、（四）", quote);
  }

  private static final Parameter<Rate> RATE = Parameter.of("checkland.growth.rate", "rate", Unit.PERMILLE,
      Rate.permille("3"), cite("每家按照产值增长额的3‰给予奖励"));
  private static final Parameter<Money> CAP = Parameter.of("checkland.growth.cap", "cap", Unit.YUAN, Money.wan("50"),
      cite("最高奖励不超过50万元"));
  private static final Parameter<Money> FROM = Parameter.of("checkland.growth.from", "from", Unit.YUAN, Money.yi("0.2"),
      cite("当年产值0.2亿元（含）—1亿元"));
  private static final Parameter<Money> BELOW = Parameter.of("checkland.growth.below", "below", Unit.YUAN, Money.yi("1"),
      cite("当年产值1亿元以上的，奖励标准按照其他工业政策执行"));
  private static final Parameter<Money> WRONG = Parameter.of("checkland.award.amount", "award", Unit.YUAN, Money.wan("20"),
      cite("给予一次性奖励10万元"));
  private static final Parameter<LocalDate> DEADLINE = Parameter.of("checkland.target.deadline", "deadline", Unit.DATE,
      LocalDate.of(2030, 12, 31), cite("力争到2030年"));
  private static final Parameter<Integer> COUNT = Parameter.of("checkland.target.count", "count", Unit.COUNT, 5,
      cite("新增上市5家以上"));

  private static MeasureDescriptor.Builder measure(String id, AmountKind kind, Formula formula, Citation citation) {
    return MeasureDescriptor.builder().id(MeasureId.of(id)).nameZh(id).nameEn(id).citation(citation)
        .amountKind(kind).formula(formula);
  }

  private static final String OUTPUT = "output value of the year";

  private static Jurisdiction city(List<MeasureDescriptor> descriptors) {
    return new Jurisdiction() {
      @Override public JurisdictionId id() {
        return JurisdictionId.of("checkland");
      }

      @Override public String nameZh() {
        return "检查市";
      }

      @Override public String nameEn() {
        return "Checkland";
      }

      @Override public List<PolicyDocument> documents() {
        return List.of(new PolicyDocument(DOC, "文件", "document", Optional.empty(), Optional.empty(),
            Window.between(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1), "2023—2025")));
      }

      @Override public List<Measure> measures() {
        return descriptors.stream().map(d -> Measure.of(d, (e, c) -> List.of())).toList();
      }

      @Override public List<Target> targets() {
        return List.of(new Target(TargetId.of("checkland.target.listed"), "上市", "listed", COUNT.citation(),
            Responsibility.none(), COUNT, TargetPeriod.by(DEADLINE), Metric.notMeasurable("not in the facts")));
      }

      @Override public List<Parameter<?>> parameters() {
        return List.of(RATE, CAP, FROM, BELOW, WRONG, DEADLINE, COUNT);
      }
    };
  }

  private static final MeasureDescriptor GROWTH = measure("checkland.growth", AmountKind.EXACT,
      Formula.rateOfIncrease(RATE, CAP, ThresholdRange.between(Threshold.atLeast(FROM), Threshold.lessThan(BELOW))),
      RATE.citation())
      .addBrackets(Bracket.of(OUTPUT, ThresholdRange.between(Threshold.atLeast(FROM), Threshold.lessThan(BELOW))),
          Bracket.referred(OUTPUT, ThresholdRange.from(Threshold.atLeast(BELOW)), "other industrial policies"))
      .build();

  private static List<Finding> check(Jurisdiction j, Overrides overrides) {
    Settings s = Settings.resolve(j.parameters(), j.interpretations(), overrides).get();
    return PolicyCheck.run(j, s, Portfolio.of(List.of()), AS_OF);
  }

  private static List<Finding> coded(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void a_cap_above_the_rate_times_the_largest_increase_never_binds_and_binds_once_the_rate_passes_it() {
    Jurisdiction j = city(List.of(GROWTH));

    List<Finding> never = coded(check(j, Overrides.none()), "cap-never-binds");
    assertEquals(1, never.size());
    assertTrue(never.get(0).message().contains("from 5.001‰"), never.get(0).message());

    assertEquals(List.of(), coded(check(j, Overrides.none().withParameter(RATE.id().value(), "5")), "cap-binds"));
    List<Finding> binds = coded(check(j, Overrides.none().withParameter(RATE.id().value(), "6")), "cap-binds");
    assertEquals(1, binds.size());
    assertTrue(binds.get(0).message().contains("from an increase of 83333333.34 yuan"), binds.get(0).message());
  }

  @Test
  void a_band_referred_elsewhere_is_said_and_a_gap_or_overlap_between_two_measures_is_found() {
    assertEquals(1, coded(check(city(List.of(GROWTH)), Overrides.none()), "bracket-referral").size());

    MeasureDescriptor low = measure("checkland.low", AmountKind.NONE, Formula.nonMonetary(), FROM.citation())
        .addBrackets(Bracket.of(OUTPUT, ThresholdRange.upTo(Threshold.lessThan(FROM)))).build();
    MeasureDescriptor overlapping = measure("checkland.overlapping", AmountKind.NONE, Formula.nonMonetary(),
        FROM.citation()).addBrackets(Bracket.of(OUTPUT, ThresholdRange.upTo(Threshold.atMost(FROM)))).build();
    MeasureDescriptor gapped = measure("checkland.gapped", AmountKind.NONE, Formula.nonMonetary(), FROM.citation())
        .addBrackets(Bracket.of(OUTPUT, ThresholdRange.upTo(Threshold.lessThan(BELOW))))
        .build();

    assertEquals(List.of(), coded(check(city(List.of(GROWTH, low)), Overrides.none()), "bracket-gap"));
    List<Finding> overlap = coded(check(city(List.of(GROWTH, overlapping)), Overrides.none()), "bracket-overlap");
    assertEquals(1, overlap.size());
    assertEquals(Severity.ERROR, overlap.get(0).severity());
    assertTrue(overlap.get(0).message().contains("exactly 20000000.00"), overlap.get(0).message());
    assertFalse(coded(check(city(List.of(GROWTH, gapped)), Overrides.none()), "bracket-overlap").isEmpty());

    MeasureDescriptor shifted = measure("checkland.high", AmountKind.NONE, Formula.nonMonetary(), BELOW.citation())
        .addBrackets(Bracket.of(OUTPUT, ThresholdRange.from(Threshold.moreThan(BELOW)))).build();
    MeasureDescriptor growthOnly = measure("checkland.growth-only", AmountKind.EXACT,
        Formula.rateOfIncrease(RATE, CAP), RATE.citation())
        .addBrackets(Bracket.of(OUTPUT, ThresholdRange.between(Threshold.atLeast(FROM), Threshold.lessThan(BELOW))))
        .build();
    List<Finding> gap = coded(check(city(List.of(growthOnly, shifted)), Overrides.none()), "bracket-gap");
    assertEquals(1, gap.size());
    assertTrue(gap.get(0).message().contains("from 100000000.00 to 100000000.00"), gap.get(0).message());
  }

  @Test
  void a_number_the_quote_does_not_state_is_an_error_and_a_what_if_value_is_said() {
    List<Finding> findings = check(city(List.of(GROWTH)), Overrides.none().withParameter(RATE.id().value(), "6"));

    assertEquals(List.of(WRONG.id().value()),
        coded(findings, "quoted-number-differs").stream().map(Finding::subject).toList());
    assertEquals(List.of(RATE.id().value()), coded(findings, "what-if-value").stream().map(Finding::subject).toList());
  }

  @Test
  void an_exact_amount_worded_as_a_cap_and_a_cap_worded_as_an_amount_are_errors() {
    MeasureDescriptor exactCap = measure("checkland.exact-cap", AmountKind.EXACT, Formula.fixed(CAP), CAP.citation())
        .build();
    MeasureDescriptor capExact = measure("checkland.cap-exact", AmountKind.UP_TO, Formula.fixed(WRONG),
        WRONG.citation()).build();
    MeasureDescriptor right = measure("checkland.right", AmountKind.UP_TO, Formula.fixed(CAP), CAP.citation()).build();

    List<Finding> findings = coded(check(city(List.of(exactCap, capExact, right)), Overrides.none()),
        "amount-kind-wording");

    assertEquals(List.of("checkland.cap-exact", "checkland.exact-cap"), findings.stream().map(Finding::subject).toList());
  }

  @Test
  void a_target_deadline_after_the_document_expires_is_found() {
    List<Finding> findings = coded(check(city(List.of(GROWTH)), Overrides.none()), "target-outside-window");
    assertEquals(1, findings.size());

    List<Finding> inside = coded(check(city(List.of(GROWTH)),
        Overrides.none().withParameter(DEADLINE.id().value(), "2025-12-31")), "target-outside-window");
    assertEquals(List.of(), inside);
  }

  @Test
  void an_empty_sample_decides_no_switch_and_findings_come_errors_first() {
    List<Finding> findings = check(city(List.of(GROWTH)), Overrides.none());

    assertEquals(List.of(), coded(findings, "dead-switch"));
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(PolicyCheck.hasErrors(findings));
  }
}
