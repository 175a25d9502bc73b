package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.GUILIN;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdiWith;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.evaluate;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.figures;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_CAP;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_BELOW;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.jurisdictions.guilin.award.GrowthAward;
import dev.srdi.jurisdictions.guilin.award.GrowthAwardCapCheck;
import dev.srdi.testkit.TestKit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 二、（四）"最高奖励不超过50万元": the cap can never bind inside the bracket "0.2亿元（含）—1亿元". */
final class GrowthAwardCapCheckTest {
  private static final String GROWTH = "guilin.growth-award";

  private static Settings withRate(String permille) {
    return TestKit.settings(GUILIN, Overrides.none().withParameter("guilin.growth-award.rate", permille));
  }

  @Test
  void the_rate_times_the_upper_end_of_the_bracket_is_already_below_the_cap() {
    Settings s = TestKit.settings(GUILIN, Overrides.none());

    // Every increase inside the bracket is below the upper end (1亿), so no award reaches 3‰ × 1亿.
    Money bound = s.value(GROWTH_RATE).of(s.value(GROWTH_OUTPUT_BELOW));

    assertEquals(Money.yuan("300000"), bound);
    assertTrue(bound.compareTo(s.value(GROWTH_CAP)) < 0, () -> bound + " is not below the cap " + s.value(GROWTH_CAP));
  }

  @Test
  void with_the_texts_values_the_cap_never_binds() {
    Settings s = TestKit.settings(GUILIN, Overrides.none());

    assertEquals(Optional.of(Money.yuan("99999999.98")), GrowthAwardCapCheck.largestIncreaseInBracket(s));
    assertEquals(Optional.of(Money.yuan("299999.99994")), GrowthAwardCapCheck.largestAwardInBracket(s));
    assertFalse(GrowthAwardCapCheck.capCanBind(s));
    assertTrue(GrowthAwardCapCheck.describe(s).contains("never binds"), GrowthAwardCapCheck.describe(s));
  }

  @Test
  void the_check_on_the_awards_own_parameters_agrees_with_the_jurisdictions_defaults() {
    assertEquals(GrowthAwardCapCheck.largestAwardInBracket(TestKit.settings(GUILIN, Overrides.none())),
        GrowthAwardCapCheck.largestAwardInBracket(GrowthAwardCapCheck.defaults()));
  }

  @Test
  void the_measure_says_in_its_description_that_the_cap_never_binds() {
    String description = new GrowthAward().descriptor().description();

    assertTrue(description.contains("never binds inside the output bracket"), description);
  }

  @Test
  void the_largest_award_the_bracket_allows_is_paid_in_full_below_the_cap() {
    Enterprise e = citySrdiWith(figures(2022, "0.01", "1000000"), figures(2023, "99999999.99", "1100000"));

    List<Entitlement> paid = TestKit.entitlements(evaluate(e, "2024-06-30"), GROWTH);

    assertEquals(Optional.of(Money.yuan("300000.00")), paid.get(0).amount());
  }

  @Test
  void at_five_permille_the_cap_still_cannot_bind_but_just_above_it_can() {
    assertFalse(GrowthAwardCapCheck.capCanBind(withRate("5")));
    assertEquals(Optional.of(Money.yuan("499999.9999")), GrowthAwardCapCheck.largestAwardInBracket(withRate("5")));
    assertTrue(GrowthAwardCapCheck.capCanBind(withRate("5.001")));
    assertTrue(GrowthAwardCapCheck.describe(withRate("5.001")).contains("can bind"));
  }

  @Test
  void a_what_if_at_six_permille_makes_the_cap_bind_for_a_large_increase() {
    Enterprise e = citySrdiWith(figures(2022, "1000000", "1000000"), figures(2023, "99999999.99", "1100000"));

    Entitlement baseline = TestKit.entitlements(evaluate(e, "2024-06-30"), GROWTH).get(0);
    Entitlement variant = TestKit.entitlements(
        evaluate(e, "2024-06-30", Overrides.none().withParameter("guilin.growth-award.rate", "6")), GROWTH).get(0);

    // 3‰ × 98,999,999.99 = 296,999.99997; 6‰ of it is 593,999.99994, cut to the cap.
    assertEquals(Optional.of(Money.yuan("297000.00")), baseline.amount());
    assertEquals(Optional.of(Money.yuan("500000.00")), variant.amount());
  }

  @Test
  void a_bracket_a_what_if_empties_admits_no_increase_and_no_binding() {
    Settings empty = TestKit.settings(GUILIN, Overrides.none()
        .withParameter("guilin.growth-award.output-from", "100000000"));

    assertEquals(Optional.empty(), GrowthAwardCapCheck.largestIncreaseInBracket(empty));
    assertFalse(GrowthAwardCapCheck.capCanBind(empty));
  }
}
