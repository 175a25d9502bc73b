package dev.srdi.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.testkit.PropertyRun;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.api.Test;

/** A condition as a checklist line: what the enterprise has, what the clause requires, how far it is. */
final class ConditionTest {

  @Test
  void an_amount_below_a_floor_that_includes_its_number_is_short_by_the_difference() {
    Condition c = Condition.money("output value 2023", Bound.atLeast(Money.yuan("20000000")), Money.yuan("19800000"));

    assertFalse(c.met());
    assertEquals(Optional.of("19800000.00"), c.has());
    assertEquals("≥ 20000000.00 (以上)", c.requires());
    assertEquals(Optional.of("200000.00"), c.shortfall());
    assertEquals("unmet: output value 2023 19800000.00, requires ≥ 20000000.00 (以上): 200000.00 yuan short",
        c.describe());
  }

  @Test
  void the_number_itself_meets_以上_and_以下_and_misses_超过_and_不满() {
    Money bound = Money.yuan("20000000");

    assertTrue(Condition.money("v", Bound.atLeast(bound), bound).met());
    assertEquals(Optional.empty(), Condition.money("v", Bound.atLeast(bound), bound).shortfall());
    assertFalse(Condition.money("v", Bound.moreThan(bound), bound).met());
    assertFalse(Condition.money("v", Bound.lessThan(bound), bound).met());
    assertTrue(Condition.money("v", Bound.atMost(bound), bound).met());
  }

  @Test
  void a_growth_is_short_in_percentage_points_and_may_be_negative() {
    Condition c = Condition.rate("output growth 2023", Bound.atLeast(Rate.percent("35")), new BigDecimal("0.284"));

    assertFalse(c.met());
    assertEquals(Optional.of("28.40%"), c.has());
    assertEquals("≥ 35% (以上)", c.requires());
    assertEquals(Optional.of("6.60"), c.shortfall());
    assertEquals(Condition.POINTS, c.unit());

    Condition fell = Condition.rate("output growth 2025", Bound.atLeast(Rate.percent("35")), new BigDecimal("-0.0666"));
    assertEquals(Optional.of("-6.66%"), fell.has());
    assertEquals(Optional.of("41.66"), fell.shortfall());
    assertTrue(Condition.rate("g", Bound.atLeast(Rate.percent("35")), new BigDecimal("0.35")).met());
  }

  @Test
  void a_count_and_a_requirement_in_words() {
    Condition partners = Condition.count("partners", Bound.atLeast(10), 9);
    assertEquals(Optional.of("1"), partners.shortfall());
    assertFalse(partners.met());

    Condition recognition = Condition.requirement("city-level SRDI recognition", "a new city-level SRDI recognition",
        Optional.of("holds a provincial one since 2023-05-01"), false);
    assertEquals("unmet: city-level SRDI recognition holds a provincial one since 2023-05-01, requires a new city-level"
        + " SRDI recognition", recognition.describe());
  }

  @Test
  void a_bound_that_excludes_its_number_is_short_by_one_step_more() {
    Money bound = Money.yuan("100000000");

    assertEquals(Optional.of("0.01"), Condition.money("v", Bound.lessThan(bound), bound).shortfall());
    assertEquals(Optional.of("1.01"), Condition.money("v", Bound.moreThan(bound), Money.yuan("99999999")).shortfall());
    assertEquals(Optional.of("2"), Condition.count("n", Bound.moreThan(10), 9).shortfall());
  }

  @Test
  void a_threshold_condition_names_its_parameter_and_the_value_at_which_it_would_be_met() {
    var floor = dev.srdi.core.parameter.Parameter.of("t.floor", "floor", dev.srdi.core.parameter.Unit.YUAN,
        Money.wan("50"), dev.srdi.core.policy.Citation.of(dev.srdi.core.policy.DocumentId.of("d"), "一", "50万元以上"));
    var settings = dev.srdi.core.parameter.Settings.defaults(java.util.List.of(floor), java.util.List.of());

    Condition c = Condition.money("investment", Threshold.atLeast(floor), settings, Money.yuan("475000"));

    assertEquals("t.floor", c.lever().orElseThrow().parameter().value());
    assertEquals("475000.00", c.lever().orElseThrow().meetsAt());
    assertTrue(c.lever().orElseThrow().lower());
    assertEquals(0, new BigDecimal("0.05").compareTo(c.shortfallShare().orElseThrow()));
    assertEquals(Optional.empty(), Condition.money("investment", Threshold.atLeast(floor), settings, Money.wan("50"))
        .shortfallShare());
  }

  @Test
  void a_met_condition_has_no_shortfall() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Condition("v", Optional.empty(), "x", Optional.of("1"), Condition.COUNT, true));
  }

  @Test
  void a_growth_against_a_bound_read_beforehand_is_the_growth_against_the_settings() {
    // The form for lazily built checklists must write exactly what the settings form writes, lever included.
    for (Threshold<Rate> threshold : List.of(Threshold.atLeast(GROWTH), Threshold.moreThan(GROWTH),
        Threshold.atMost(GROWTH), Threshold.lessThan(GROWTH))) {
      Settings s = Settings.defaults(List.of(GROWTH), List.of());
      PropertyRun.qt().forAll(SourceDSL.integers().between(-200_000, 2_000_000)).checkAssert(tenThousandths -> {
        BigDecimal has = BigDecimal.valueOf(tenThousandths, 4);
        assertEquals(Condition.rate("output growth 2023", threshold, s, has),
            Condition.rate("output growth 2023", threshold, threshold.bound(s), has));
      });
    }
  }

  private static final Parameter<Rate> GROWTH = Parameter.of("testland.growth-award.output-growth",
      "output growth required", Unit.PERCENT, Rate.percent("35"),
      Citation.of(DocumentId.of("004_901c7209498bc010"), "二、（四）", "产值增长35%以上"));
}
