package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.anyEnterprise;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdi;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdiWith;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.evaluate;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.figures;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.regionSrdi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.testkit.TestKit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What is missing, as data, for the awards of 二、（三） and 二、（四） an enterprise does not earn. */
final class WhatIsMissingTest {

  private static List<Condition> conditions(NotEligible n) {
    return n.conditions();
  }

  private static NotEligible rejection(List<NotEligible> all, int year) {
    return all.stream().filter(n -> n.year().equals(Optional.of(year))).findFirst().orElseThrow();
  }

  @Test
  void an_output_value_below_the_bracket_is_short_by_the_difference_to_its_included_lower_end() {
    // 二、（四）"当年产值0.2亿元（含）—1亿元": 19,800,000 is 200,000 short of 20,000,000 (含).
    var e = citySrdiWith(figures(2022, "10000000", "1000000"), figures(2023, "19800000", "1200000"));

    NotEligible n = rejection(TestKit.rejections(evaluate(e, "2024-06-30"), "guilin.growth-award"), 2023);
    Condition lower = conditions(n).get(0);

    assertEquals("output value 2023", lower.fact());
    assertEquals("≥ 20000000.00 (以上)", lower.requires());
    assertEquals(Optional.of("200000.00"), lower.shortfall());
    assertEquals(false, lower.met());
    assertEquals(true, conditions(n).get(1).met(), "below 1亿 (不满) is met");
  }

  @Test
  void growth_under_35_percent_is_short_in_percentage_points_and_the_met_conditions_are_listed_too() {
    // 二、（四）"同比增长35%及税收增长10%以上": 25,000,000 → 32,100,000 is +28.40%, 6.60 points short; tax +20% is met.
    var e = citySrdiWith(figures(2022, "25000000", "1000000"), figures(2023, "32100000", "1200000"));

    NotEligible n = rejection(TestKit.rejections(evaluate(e, "2024-06-30"), "guilin.growth-award"), 2023);

    assertEquals(List.of("output value 2023", "output value 2023", "output growth 2023", "tax growth 2023"),
        conditions(n).stream().map(Condition::fact).toList());
    Condition output = conditions(n).get(2);
    assertEquals(Optional.of("28.40%"), output.has());
    assertEquals(Optional.of("6.60"), output.shortfall());
    assertEquals(false, output.met());
    Condition tax = conditions(n).get(3);
    assertEquals(Optional.of("20.00%"), tax.has());
    assertEquals(true, tax.met());
  }

  @Test
  void an_earlier_provincial_recognition_is_named_with_its_date_as_what_excludes_the_first_city_award() {
    // 二、（三）"前期已获得自治区级以上“专精特新”中小企业，不重复享受该政策".
    var e = anyEnterprise("GL-X").addRecognitions(regionSrdi("2023-05-01"), citySrdi("2024-03-01")).build();

    NotEligible n = TestKit.rejections(evaluate(e, "2024-06-30"), "guilin.first-city-srdi-award").get(0);

    assertEquals(1, conditions(n).size());
    Condition c = conditions(n).get(0);
    assertEquals("stacking", c.fact());
    assertTrue(c.has().orElseThrow().contains("since 2023-05-01, which excludes this award"), c.describe());
    assertEquals(false, c.met());
  }
}
