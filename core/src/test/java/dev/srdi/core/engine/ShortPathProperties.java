package dev.srdi.core.engine;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Coverage;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.Words;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.ReadRecord;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Timeline;
import dev.srdi.core.parameter.Timeline.Step;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.stacking.StackingRule;
import dev.srdi.testkit.EnterpriseGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The settlement's short path for a claim that can pay no amount (a benefit, or an amount another text sets)
 * gives what the general path gives it: the same result, every word and note included, and the same parameters
 * and interpretations read. The claims come from a made-up city whose measures are drawn too: benefits, amounts
 * set elsewhere and fixed awards side by side, each with a drawn list of stacking rules (a highest-only group may
 * span all three), a covered period that is the document's (bounded, or with unknown edges) or starts on a
 * revised date, claims on a handful of shared days or any day, in scopes, with notes, some after reading a
 * revised parameter on their day (which the explanation then names). The general path also sorts claims that
 * arrive in order, which the short one leaves as they are.
 */
final class ShortPathProperties {
  private static final DocumentId BOUNDED = DocumentId.of("claimland-bounded");
  private static final DocumentId OPEN = DocumentId.of("claimland-open");
  private static final Citation CLAUSE = Citation.of(BOUNDED, "一、", "给予支持");
  private static final Parameter<LocalDate> FROM = revised("claimland.from", Unit.DATE, LocalDate.of(2022, 6, 1),
      LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1));
  private static final Parameter<Integer> DAYS = revised("claimland.days", Unit.COUNT, 30, LocalDate.of(2024, 7, 1), 20);
  private static final Parameter<Money> AMOUNT = Parameter.of("claimland.amount", "an award", Unit.YUAN,
      Money.yuan("100000"), CLAUSE);
  private static final Interpretation MODE = StackingRule.HighestOnly.interpretation("claimland.highest-only", CLAUSE);
  private static final Interpretation SWITCH = Interpretation.of("claimland.switch", "whether a rule applies", CLAUSE,
      "on", Choice.of("on", "it applies"), Choice.of("off", "it does not"));
  private static final List<LocalDate> SHARED_DAYS = List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 7, 1),
      LocalDate.of(2025, 12, 31));

  /** How a drawn measure pays. */
  private enum Pays { BENEFIT, SET_ELSEWHERE, FIXED }

  private record ClaimSpec(LocalDate date, int yearShift, Optional<String> scope, int notes, boolean readsDays,
      boolean lazyWords) {}

  private record MeasureSpec(Pays pays, List<StackingRule> stacking, boolean ownCoverage, DocumentId document,
      List<ClaimSpec> claims) {}

  private record Example(List<MeasureSpec> measures, Enterprise enterprise, LocalDate asOf, String mode,
      String switched) {
    @Override public String toString() {
      return "as of " + asOf + ", " + MODE.id() + "=" + mode + ", " + SWITCH.id() + "=" + switched + ", measures "
          + measures + ", enterprise " + enterprise;
    }
  }

  @Test
  void a_claim_that_pays_no_amount_settles_as_the_general_path_settles_it() {
    var granted = new AtomicInteger();
    var refused = new AtomicInteger();
    qt().withExamples(400).forAll(examples()).checkAssert(x -> {
      Jurisdiction city = city(x.measures());
      Settings chosen = Settings.resolve(city.parameters(), city.interpretations(), new Overrides(java.util.Map.of(),
          java.util.Map.of(MODE.id().value(), x.mode(), SWITCH.id().value(), x.switched()))).get();
      var viaShort = new ReadRecord();
      var viaGeneral = new ReadRecord();
      // A plan each: a plan resolves every measure's covered period on its first evaluation, and what that reads
      // is recorded there only.
      EnterpriseResult shortResult = EnterpriseSettlement.evaluate(JurisdictionPlan.of(city), x.enterprise(),
          context(x, chosen.recording(viaShort)), true);
      EnterpriseResult generalResult = EnterpriseSettlement.evaluate(JurisdictionPlan.of(city), x.enterprise(),
          context(x, chosen.recording(viaGeneral)), false);
      assertFalse(generalResult.isFailed(), () -> generalResult.fault().get().describe());
      assertEquals(generalResult, shortResult);
      assertEquals(texts(generalResult), texts(shortResult));
      for (Parameter<?> p : city.parameters()) {
        assertEquals(viaGeneral.read(p.id()), viaShort.read(p.id()), "read " + p.id());
      }
      for (Interpretation i : city.interpretations()) {
        assertEquals(viaGeneral.read(i.id()), viaShort.read(i.id()), "read " + i.id());
      }
      granted.addAndGet(shortResult.benefits().size()
          + (int) shortResult.entitlements().stream().filter(e -> e.amount().isEmpty()).count());
      refused.addAndGet(shortResult.notEligible().size());
    });
    // The examples must exercise the short path and the rejections around it, or the property says nothing.
    assertTrue(granted.get() > 100, "claims granted without an amount: " + granted);
    assertTrue(refused.get() > 100, "claims refused: " + refused);
  }

  private static EvaluationContext context(Example x, Settings settings) {
    return new EvaluationContext(x.asOf(), settings, Portfolio.of(List.of(x.enterprise())));
  }

  /** Every word of a result, so that a difference shows as text. */
  private static List<String> texts(EnterpriseResult r) {
    var out = new ArrayList<String>();
    r.entitlements().forEach(e -> out.add(e.measure() + " " + e.year() + " " + e.amount() + ": " + e.explanation()
        + " " + e.notes()));
    r.benefits().forEach(b -> out.add(b.measure() + " " + b.year() + ": " + b.explanation() + " " + b.notes()));
    r.notEligible().forEach(n -> out.add(n.measure() + " " + n.year() + ": " + n.reason() + " " + n.conditions()));
    return out;
  }

  private static Gen<Example> examples() {
    return EnterpriseGens.upTo(5, measureSpecs()).zip(EnterpriseGens.enterprises(List.of(), List.of("PROGRAM_A")),
        Generate.pick(SHARED_DAYS).mix(EnterpriseGens.asOfDates(), 50),
        Generate.pick(List.of(StackingRule.HighestOnly.TOP_UP, StackingRule.HighestOnly.FIRST_FINAL)),
        Generate.pick(List.of("on", "off")), Example::new);
  }

  private static Gen<MeasureSpec> measureSpecs() {
    return Generate.enumValues(Pays.class).zip(stackingRules(), Generate.booleans(),
        Generate.pick(List.of(BOUNDED, OPEN)), EnterpriseGens.upTo(4, claimSpecs()), MeasureSpec::new);
  }

  /** Each kind of rule in one of two of the examples, in a fixed order, the last two under the switch. */
  private static Gen<List<StackingRule>> stackingRules() {
    List<StackingRule> all = List.of(StackingRule.oncePerEnterprise(), StackingRule.oncePerYear(),
        StackingRule.firstOccurrenceOnly(), StackingRule.notIfHeldBefore(Title.SRDI_SME, Level.PROVINCIAL),
        StackingRule.highestOnly("shared", MODE),
        StackingRule.whenChosen(SWITCH, "on", StackingRule.notIfHeldBefore(Title.LITTLE_GIANT, Level.NATIONAL)),
        StackingRule.whenChosen(SWITCH, "on", StackingRule.oncePerEnterprise()));
    return integers().between(0, (1 << all.size()) - 1).map(bits -> {
      var rules = new ArrayList<StackingRule>();
      for (int i = 0; i < all.size(); i++) {
        if ((bits & (1 << i)) != 0) {
          rules.add(all.get(i));
        }
      }
      return List.copyOf(rules);
    });
  }

  private static Gen<ClaimSpec> claimSpecs() {
    return Generate.pick(SHARED_DAYS).mix(EnterpriseGens.dates(), 40)
        .zip(integers().between(-1, 0), Generate.pick(List.of("X1", "X2")).toOptionals(60),
            integers().between(0, 2), integers().between(0, 3),
            // The last draw is two choices: whether the measure reads a revised value on the day, and lazy words.
            (date, shift, scope, notes, two) -> new ClaimSpec(date, shift, scope, notes, (two & 1) != 0, (two & 2) != 0));
  }

  private static Jurisdiction city(List<MeasureSpec> specs) {
    var measures = new ArrayList<Measure>();
    for (int i = 0; i < specs.size(); i++) {
      measures.add(measure(MeasureId.of("claimland.m" + i), specs.get(i)));
    }
    return new Jurisdiction() {
      @Override public JurisdictionId id() {
        return JurisdictionId.of("claimland");
      }

      @Override public String nameZh() {
        return "测试市";
      }

      @Override public String nameEn() {
        return "Claimland";
      }

      @Override public List<PolicyDocument> documents() {
        return List.of(
            new PolicyDocument(BOUNDED, "有期限的措施", "bounded measures", Optional.empty(), Optional.empty(),
                Window.between(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1), "2022—2025")),
            new PolicyDocument(OPEN, "无期限的措施", "open measures", Optional.empty(), Optional.empty(),
                Window.unknown("the text gives no issue date")));
      }

      @Override public List<Measure> measures() {
        return measures;
      }

      @Override public List<Parameter<?>> parameters() {
        return List.of(FROM, DAYS, AMOUNT);
      }

      @Override public List<Interpretation> interpretations() {
        return List.of(MODE, SWITCH);
      }
    };
  }

  private static Measure measure(MeasureId id, MeasureSpec spec) {
    var d = MeasureDescriptor.builder()
        .id(id)
        .nameZh("措施").nameEn("measure " + id)
        .citation(Citation.of(spec.document(), "一、", "给予支持"))
        .responsibility(Responsibility.responsible("市工业和信息化局"));
    switch (spec.pays()) {
      case BENEFIT -> d.amountKind(AmountKind.NONE).description("a benefit");
      case SET_ELSEWHERE -> d.amountKind(AmountKind.UNSPECIFIED).formula(Formula.unspecified("another text"));
      case FIXED -> d.amountKind(AmountKind.EXACT).formula(Formula.fixed(AMOUNT));
    }
    if (spec.ownCoverage()) {
      d.coverage(Coverage.from(FROM));
    }
    d.addAllStacking(spec.stacking());
    MeasureDescriptor descriptor = d.build();
    return Measure.of(descriptor, (e, ctx) -> {
      var out = new ArrayList<Assessment>();
      for (ClaimSpec c : spec.claims()) {
        if (c.readsDays()) {
          ctx.on(c.date()).value(DAYS);
        }
        LocalDate date = c.date();
        Words why = c.lazyWords() ? Words.lazily(() -> "an event of " + date) : Words.of("an event");
        List<String> notes = List.of("a note", "another note").subList(0, c.notes());
        out.add(new Claim(id, date, date.getYear() + c.yearShift(), Basis.none(), c.scope(), Optional.empty(), why,
            notes));
      }
      return out;
    });
  }

  private static <T> Parameter<T> revised(String id, Unit<T> unit, T first, LocalDate changed, T second) {
    return new Parameter<>(ParameterId.of(id), "a revised value", unit, Timeline.of(List.of(
        new Step<>(Optional.empty(), Optional.of(first)), new Step<>(Optional.of(changed), Optional.of(second)))),
        CLAUSE, Optional.empty(), Optional.empty());
  }
}
