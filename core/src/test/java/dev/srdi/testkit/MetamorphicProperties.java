package dev.srdi.testkit;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties that relate two evaluations of one generated case: a later as-of date, a higher amount or
 * cap, one achievement fewer. Each names a change and what it must never do to the result.
 */
public interface MetamorphicProperties {

  Jurisdiction jurisdiction();

  Gen<Case> cases();

  /** An award granted as of one date stands as of every later date: time only adds events. */
  @Test
  default void a_later_as_of_date_never_removes_an_entitlement_an_earlier_one_granted() {
    Gen<Long> laterBy = longs().between(1, 3 * 366).describedAs(days -> "evaluated again " + days + " day(s) later");
    qt().withExamples(200).forAll(cases(), laterBy).checkAssert((c, days) -> {
      LocalDate later = c.asOf().plusDays(days);
      List<Award> before = awards(TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf()));
      List<Award> after = awards(TestKit.evaluate(jurisdiction(), c.enterprise(), later));
      var lost = new ArrayList<>(before);
      after.forEach(lost::remove);
      assertTrue(lost.isEmpty(), "as of " + later + " these awards of " + c.asOf() + " are gone: " + lost
          + "; as of " + later + ": " + after);
    });
  }

  /** Paying more for an award, or allowing more, never leaves any enterprise with less. */
  @Test
  default void raising_a_cap_or_an_amount_never_lowers_any_enterprise_total() {
    List<Parameter<Money>> amounts = AmountParameters.of(jurisdiction());
    Assumptions.assumeFalse(amounts.isEmpty(), jurisdiction().id() + " pays with no amount or cap parameter");
    Settings defaults = TestKit.settings(jurisdiction(), Overrides.none());
    Gen<Raise> raises = integers().between(0, amounts.size() - 1).flatMap(i -> {
      Parameter<Money> p = amounts.get(i);
      Money now = defaults.value(p);
      Money most = now.max(Money.yuan(1_000_000));
      return EnterpriseGens.amounts(Money.yuan("0.01"), most).map(by -> new Raise(p, now, now.plus(by)));
    });
    qt().withExamples(200).forAll(cases(), raises).checkAssert((c, raise) -> {
      EnterpriseResult base = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf());
      EnterpriseResult raised = TestKit.evaluate(jurisdiction(), c.enterprise(), c.asOf(), raise.overrides());
      assertTrue(raised.total().compareTo(base.total()) >= 0, raise + " lowers the total from "
          + base.total().toFenString() + " to " + raised.total().toFenString() + ": " + awards(base) + " became "
          + awards(raised));
    });
  }

  /**
   * Taking one achievement away never adds an award, except in the place of one it earned: an award granted
   * without it and not with it can only take the place of one the removed achievement earned, under the
   * same measure (or the same highest-only group), never more of them than were lost. A once-per-enterprise
   * award does pass to the next achievement of its kind (一次性: the first one pays, and without it the
   * second is the first), and in a first-final highest-only group the next award pays once the first is gone.
   */
  @Test
  default void removing_an_achievement_never_adds_an_award_except_in_the_place_of_one_it_earned() {
    Map<MeasureId, String> slots = jurisdiction().measures().stream().collect(Collectors.toMap(Measure::id,
        m -> HighestOnlyGroups.of(m.descriptor()).map(g -> "group " + g).orElse(m.id().value()), (a, b) -> a));
    Gen<Integer> picks = integers().between(0, Integer.MAX_VALUE).describedAs(i -> "achievement pick " + i);
    if (jurisdiction().achievementTypes().isEmpty()) {
      // A plugin that declares no achievement type (a new city's first measure) has none to take away: the
      // generators must then give none, rather than reject every case and give up.
      qt().withExamples(20).forAll(cases()).checkAssert(c -> assertTrue(c.enterprise().achievements().isEmpty(),
          jurisdiction().id() + " declares no achievement type, yet the case has " + c.enterprise().achievements()));
      return;
    }
    qt().withExamples(200).forAll(cases().assuming(c -> !c.enterprise().achievements().isEmpty()), picks)
        .checkAssert((c, pick) -> {
          Enterprise full = c.enterprise();
          var fewer = new ArrayList<>(full.achievements());
          var removed = fewer.remove(pick % fewer.size());
          Enterprise without = Enterprise.builder().from(full).achievements(fewer).build();
          List<Award> with = awards(TestKit.evaluate(jurisdiction(), full, c.asOf()));
          List<Award> after = awards(TestKit.evaluate(jurisdiction(), without, c.asOf()));
          var added = new ArrayList<>(after);
          with.forEach(added::remove);
          var lost = new ArrayList<>(with);
          after.forEach(lost::remove);
          Map<String, Long> lostBySlot = lost.stream().collect(Collectors.groupingBy(a -> slots.get(a.measure()),
              Collectors.counting()));
          Map<String, Long> addedBySlot = added.stream().collect(Collectors.groupingBy(a -> slots.get(a.measure()),
              Collectors.counting()));
          addedBySlot.forEach((slot, n) -> assertTrue(n <= lostBySlot.getOrDefault(slot, 0L),
              "without " + ScenarioJson.achievement(removed) + " it gets " + added + ", which it did not get with it,"
                  + " though under " + slot + " it lost only " + lost + "; with it: " + with));
        });
  }

  private static List<Award> awards(EnterpriseResult result) {
    return result.entitlements().stream().map(Award::of).toList();
  }

  /** A parameter raised from its default to a higher value, as a what-if writes it. */
  record Raise(Parameter<Money> parameter, Money from, Money to) {
    Overrides overrides() {
      return Overrides.none().withParameter(parameter.id().value(), parameter.unit().format(to));
    }

    @Override
    public String toString() {
      return "raising " + parameter.id() + " from " + from.toFenString() + " to " + to.toFenString();
    }
  }
}
