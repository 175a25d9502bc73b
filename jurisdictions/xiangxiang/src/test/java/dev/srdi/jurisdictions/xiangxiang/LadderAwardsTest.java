package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.amounts;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.evaluate;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.paid;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.reasons;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.recognition;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.renewal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.responsibility.DepartmentId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plan two 三、2 and 三、3: awards for new recognitions on the ladder. */
final class LadderAwardsTest {
  private static final String CITY = "xiangxiang.award.city-srdi";
  private static final String PROVINCIAL = "xiangxiang.award.provincial-srdi";
  private static final String PROVINCIAL_CHAMPION = "xiangxiang.award.provincial-single-champion-product";
  private static final String NATIONAL = "xiangxiang.award.national-little-giant";
  private static final String NATIONAL_KEY = "xiangxiang.award.national-key-little-giant";
  private static final String NATIONAL_CHAMPION = "xiangxiang.award.national-single-champion-product";

  @Test
  void a_new_xiangtan_city_level_srdi_sme_earns_50000_from_the_fund_of_that_year() {
    EnterpriseResult result = evaluate(enterprise("E1")
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30")).build());

    List<Entitlement> paid = paid(result, CITY);
    assertEquals(1, paid.size());
    assertEquals(Optional.of(Money.yuan("50000")), paid.get(0).amount());
    assertEquals(AmountKind.EXACT, paid.get(0).amountKind());
    assertEquals(2023, paid.get(0).year());
    assertTrue(paid.get(0).fundingSource().orElseThrow().contains("本级产业发展资金"));
  }

  @Test
  void the_lead_unit_and_the_responsible_units_are_kept_apart() {
    Entitlement e = paid(evaluate(enterprise("E1")
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-06-30")).build()), CITY).get(0);

    assertEquals(List.of(DepartmentId.of("市科技工信局")), e.responsibility().lead());
    assertEquals(List.of(DepartmentId.of("市财政局"), DepartmentId.of("经开区管委会"), DepartmentId.of("各乡镇（街道）")),
        e.responsibility().responsible());
  }

  @Test
  void new_provincial_srdi_and_provincial_single_champion_product_earn_100000_and_200000() {
    EnterpriseResult result = evaluate(enterprise("E1").addRecognitions(
        recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-09-01"),
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2024-03-01")).build());

    assertEquals(List.of(Money.yuan("100000")), amounts(result, PROVINCIAL));
    assertEquals(List.of(Money.yuan("200000")), amounts(result, PROVINCIAL_CHAMPION));
  }

  @Test
  void new_national_little_giant_key_little_giant_and_champion_product_earn_200000_300000_and_500000() {
    EnterpriseResult result = evaluate(enterprise("E1").addRecognitions(
        recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-07-01"),
        recognition(Title.KEY_LITTLE_GIANT, Level.NATIONAL, "2024-07-01"),
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL, "2025-11-30")).build());

    assertEquals(List.of(Money.yuan("200000")), amounts(result, NATIONAL));
    assertEquals(List.of(Money.yuan("300000")), amounts(result, NATIONAL_KEY));
    assertEquals(List.of(Money.yuan("500000")), amounts(result, NATIONAL_CHAMPION));
  }

  @Test
  void a_firm_climbing_every_rung_earns_every_rungs_award() {
    EnterpriseResult result = evaluate(enterprise("E1").addRecognitions(
        recognition(Title.SRDI_SME, Level.CITY, "2022-03-01"),
        recognition(Title.SRDI_SME, Level.PROVINCIAL, "2022-11-01"),
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2023-05-01"),
        recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-08-01"),
        recognition(Title.KEY_LITTLE_GIANT, Level.NATIONAL, "2024-08-01"),
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL, "2025-08-01")).build());

    assertEquals(6, result.entitlements().size());
    assertEquals(Money.yuan("1350000"), result.total());
  }

  @Test
  void a_renewal_earns_nothing_because_only_a_new_recognition_counts() {
    EnterpriseResult result = evaluate(enterprise("E1")
        .addRecognitions(renewal(Title.SRDI_SME, Level.PROVINCIAL, "2024-05-01")).build());

    assertEquals(List.of(), paid(result, PROVINCIAL));
    assertEquals(1, reasons(result, PROVINCIAL).size());
    assertTrue(reasons(result, PROVINCIAL).get(0).contains("renewal (复核)"));
  }

  @Test
  void each_rung_pays_once_per_enterprise_even_if_recognised_new_twice() {
    EnterpriseResult result = evaluate(enterprise("E1").addRecognitions(
        recognition(Title.SRDI_SME, Level.CITY, "2022-05-01"),
        recognition(Title.SRDI_SME, Level.CITY, "2025-05-02")).build());

    assertEquals(List.of(Money.yuan("50000")), amounts(result, CITY));
    assertTrue(reasons(result, CITY).get(0).startsWith("once per enterprise"), reasons(result, CITY).toString());
  }

  @Test
  void a_recognition_of_2021_is_outside_the_plans_years_and_one_of_january_2022_is_inside() {
    EnterpriseResult result = evaluate(enterprise("E1").addRecognitions(
        recognition(Title.SRDI_SME, Level.PROVINCIAL, "2021-12-31"),
        recognition(Title.SRDI_SME, Level.CITY, "2022-01-01")).build());

    assertEquals(List.of(), paid(result, PROVINCIAL));
    assertTrue(reasons(result, PROVINCIAL).get(0).contains("outside the covered period"));
    assertEquals(List.of(Money.yuan("50000")), amounts(result, CITY));
  }

  @Test
  void a_recognition_of_the_last_day_of_2025_is_inside_and_one_of_2026_is_outside() {
    var e = enterprise("E1").addRecognitions(
        recognition(Title.SRDI_SME, Level.CITY, "2025-12-31"),
        recognition(Title.SRDI_SME, Level.PROVINCIAL, "2026-01-01")).build();
    EnterpriseResult result = dev.srdi.testkit.TestKit.evaluate(Fixture.XIANGXIANG, e, java.time.LocalDate.of(2026, 6, 30));

    assertEquals(List.of(Money.yuan("50000")), amounts(result, CITY));
    assertTrue(reasons(result, PROVINCIAL).get(0).contains("outside the covered period"));
  }

  @Test
  void a_reader_who_dates_the_plans_from_their_issue_can_say_so_in_a_what_if() {
    var e = enterprise("E1").addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2022-03-01")).build();

    assertEquals(1, paid(evaluate(e), CITY).size());
    assertEquals(List.of(), paid(evaluate(e, Overrides.none().withParameter("xiangxiang.window.from", "2022-04-21")), CITY));
  }

  @Test
  void hunans_provincial_little_giant_is_read_as_the_provincial_srdi_sme_unless_the_strict_reading_is_chosen() {
    var e = enterprise("E1").addRecognitions(recognition(Title.LITTLE_GIANT, Level.PROVINCIAL, "2023-05-01")).build();

    assertEquals(List.of(Money.yuan("100000")), amounts(evaluate(e), PROVINCIAL));
    assertTrue(paid(evaluate(e), PROVINCIAL).get(0).notes().get(0).startsWith("Hunan's name for the provincial SRDI SME"),
        paid(evaluate(e), PROVINCIAL).get(0).notes().toString());
    assertEquals(List.of(), paid(evaluate(e), NATIONAL));
    assertEquals(List.of(), paid(evaluate(e, Overrides.none()
        .withInterpretation("xiangxiang.hunan-little-giant-names", "strict")), PROVINCIAL));
  }

  @Test
  void the_same_rung_recorded_under_both_of_hunans_names_is_paid_once() {
    EnterpriseResult result = evaluate(enterprise("E1").addRecognitions(
        recognition(Title.SRDI_SME, Level.CITY, "2023-05-01"),
        recognition(Title.LITTLE_GIANT, Level.CITY, "2023-05-01")).build());

    assertEquals(List.of(Money.yuan("50000")), amounts(result, CITY));
  }

  @Test
  void a_national_srdi_sme_is_not_a_rung_of_these_clauses() {
    EnterpriseResult result = evaluate(enterprise("E1")
        .addRecognitions(recognition(Title.SRDI_SME, Level.NATIONAL, "2023-05-01")).build());

    assertEquals(List.of(), result.entitlements());
  }

  @Test
  void the_awards_can_be_changed_in_a_what_if() {
    var e = enterprise("E1").addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-05-01")).build();

    assertEquals(List.of(Money.yuan("80000")),
        amounts(evaluate(e, Overrides.none().withParameter("xiangxiang.award.city-srdi.amount", "8万")), CITY));
  }
}
