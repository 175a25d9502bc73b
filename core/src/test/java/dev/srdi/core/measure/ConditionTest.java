package dev.srdi.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import java.math.BigDecimal;
import java.util.Optional;
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
  void a_met_condition_has_no_shortfall() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Condition("v", Optional.empty(), "x", Optional.of("1"), Condition.COUNT, true));
  }
}
