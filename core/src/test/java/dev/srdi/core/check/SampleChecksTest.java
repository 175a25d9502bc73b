package dev.srdi.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
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
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks that run on a sample: two awards for one event, and switches that change nothing. */
final class SampleChecksTest {
  private static final DocumentId DOC = DocumentId.of("sampleland-doc");
  private static final Citation CLAUSE = Citation.of(DOC, "三、（一）", "给予一次性奖励10万元");
  private static final Parameter<Money> AMOUNT = Parameter.of("sampleland.award.amount", "award", Unit.YUAN,
      Money.wan("10"), CLAUSE);
  private static final Interpretation WIRED = Interpretation.of("sampleland.wired", "read", CLAUSE, "pay",
      Choice.of("pay", "the second award pays"), Choice.of("refuse", "it does not"));
  private static final Interpretation DEAD = Interpretation.of("sampleland.dead", "read by nothing", CLAUSE, "a",
      Choice.of("a", "one reading"), Choice.of("b", "another"));
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** An award of 10万 on every recognition; the second one only while {@link #WIRED} says "pay". */
  private static Measure award(String id, List<MeasureId> stacksWith, boolean wired) {
    MeasureDescriptor d = MeasureDescriptor.builder().id(MeasureId.of(id)).nameZh(id).nameEn(id).citation(CLAUSE)
        .amountKind(AmountKind.EXACT).formula(Formula.fixed(AMOUNT)).addAllStacksWith(stacksWith).build();
    return Measure.of(d, (e, ctx) -> wired && ctx.settings().chose(WIRED, "refuse") ? List.<Assessment>of()
        : e.recognitions().stream().<Assessment>map(r -> Claim.of(d.id(), r.date(), Basis.none(), "recognised")).toList());
  }

  private static Jurisdiction city(List<Measure> measures) {
    return new Jurisdiction() {
      @Override public JurisdictionId id() {
        return JurisdictionId.of("sampleland");
      }

      @Override public String nameZh() {
        return "样本市";
      }

      @Override public String nameEn() {
        return "Sampleland";
      }

      @Override public List<PolicyDocument> documents() {
        return List.of(new PolicyDocument(DOC, "文件", "document", Optional.empty(), Optional.empty(),
            Window.between(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), "2020—2029")));
      }

      @Override public List<Measure> measures() {
        return measures;
      }

      @Override public List<Parameter<?>> parameters() {
        return List.of(AMOUNT);
      }

      @Override public List<Interpretation> interpretations() {
        return List.of(WIRED, DEAD);
      }
    };
  }

  private static final Portfolio SAMPLE = Portfolio.of(List.of(Enterprise.builder().id(EnterpriseId.of("S1"))
      .addRecognitions(Recognition.of(Title.SRDI_SME, Level.PROVINCIAL, LocalDate.of(2023, 5, 1))).build()));

  private static List<Finding> check(Jurisdiction j, String code) {
    return PolicyCheck.run(j, Settings.defaults(j.parameters(), j.interpretations()), SAMPLE, AS_OF).stream()
        .filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void two_awards_paid_for_one_event_with_no_stacking_rule_are_found_and_a_declared_link_silences_it() {
    Measure first = award("sampleland.first", List.of(), false);
    Measure second = award("sampleland.second", List.of(), true);
    Measure linked = award("sampleland.linked", List.of(MeasureId.of("sampleland.first")), true);

    List<Finding> found = check(city(List.of(first, second)), "same-event-no-stacking-rule");
    assertEquals(1, found.size());
    assertEquals("sampleland.first + sampleland.second", found.get(0).subject());
    assertTrue(found.get(0).message().contains("1 enterprise(s) of the sample (e.g. S1 on 2023-05-01)"),
        found.get(0).message());
    assertEquals(List.of(), check(city(List.of(first, linked)), "same-event-no-stacking-rule"));
  }

  @Test
  void a_switch_no_measure_reads_is_dead_and_one_that_changes_an_award_is_not() {
    Jurisdiction j = city(List.of(award("sampleland.first", List.of(), false), award("sampleland.second",
        List.of(MeasureId.of("sampleland.first")), true)));

    List<Finding> dead = check(j, "dead-switch");

    assertEquals(List.of("sampleland.dead"), dead.stream().map(Finding::subject).toList());
    assertEquals(Severity.WARNING, dead.get(0).severity());
  }
}
