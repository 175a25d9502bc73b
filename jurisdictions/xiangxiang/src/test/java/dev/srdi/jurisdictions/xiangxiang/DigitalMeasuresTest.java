package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.achievement;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.amounts;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.evaluate;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.paid;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.reasons;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.recognition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.money.Money;
import dev.srdi.jurisdictions.xiangxiang.digital.DemonstrationProgram;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plan two 三、8–9: cloud adoption, smart upgrades, pilots and demonstrations. */
final class DigitalMeasuresTest {
  private static final String CLOUD = "xiangxiang.digital.cloud-adoption";
  private static final String SMART = "xiangxiang.digital.smart-upgrade";
  private static final String PROVINCIAL = "xiangxiang.digital.provincial-demonstration";
  private static final String NATIONAL = "xiangxiang.digital.national-demonstration";

  private static Enterprise srdiFirmInvestingInCloud(String investment) {
    return enterprise("E1")
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2022-06-01"))
        .addAchievements(achievement(XiangxiangAchievementTypes.CLOUD, "2023-06-01")
            .investment(Money.yuan(investment)).build())
        .build();
  }

  @Test
  void an_srdi_firm_investing_exactly_500000_in_deep_cloud_adoption_gets_up_to_25000() {
    EnterpriseResult result = evaluate(srdiFirmInvestingInCloud("500000"));

    assertEquals(List.of(Money.yuan("25000")), amounts(result, CLOUD));
    assertEquals(AmountKind.UP_TO, paid(result, CLOUD).get(0).amountKind());
  }

  @Test
  void an_investment_of_499999_99_is_under_the_50_wan_floor() {
    EnterpriseResult result = evaluate(srdiFirmInvestingInCloud("499999.99"));

    assertEquals(List.of(), paid(result, CLOUD));
    assertTrue(reasons(result, CLOUD).get(0).contains("499999.99 is not ≥ 500000.00 (以上)"), reasons(result, CLOUD).toString());
  }

  @Test
  void the_cloud_subsidy_reaches_its_50000_cap_exactly_at_1000000_and_stays_there() {
    assertEquals(List.of(Money.yuan("50000")), amounts(evaluate(srdiFirmInvestingInCloud("1000000")), CLOUD));
    assertEquals(List.of(Money.yuan("50000")), amounts(evaluate(srdiFirmInvestingInCloud("2600000")), CLOUD));
    assertEquals(List.of(Money.yuan("49999.95")), amounts(evaluate(srdiFirmInvestingInCloud("999999")), CLOUD));
  }

  @Test
  void a_firm_without_a_valid_srdi_recognition_gets_no_cloud_subsidy() {
    var expired = enterprise("E1")
        .addRecognitions(recognition(Title.SRDI_SME, Level.PROVINCIAL, "2019-05-31"))
        .addAchievements(achievement(XiangxiangAchievementTypes.CLOUD, "2022-06-01").investment(Money.wan("80")).build())
        .build();
    EnterpriseResult result = evaluate(expired);

    assertEquals(List.of(), paid(result, CLOUD));
    assertTrue(reasons(result, CLOUD).get(0).startsWith("holds no valid SRDI"));
  }

  @Test
  void a_national_little_giant_is_an_srdi_firm_for_the_cloud_subsidy() {
    var giant = enterprise("E1")
        .addRecognitions(recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2022-06-01"))
        .addAchievements(achievement(XiangxiangAchievementTypes.CLOUD, "2023-06-01").investment(Money.wan("60")).build())
        .build();

    assertEquals(List.of(Money.yuan("30000")), amounts(evaluate(giant), CLOUD));
  }

  @Test
  void a_cloud_project_without_an_investment_is_not_enough_facts() {
    var e = enterprise("E1")
        .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2022-06-01"))
        .addAchievements(achievement(XiangxiangAchievementTypes.CLOUD, "2023-06-01").build())
        .build();

    assertTrue(reasons(evaluate(e), CLOUD).get(0).startsWith("not enough facts"));
  }

  private static Enterprise upgrade(String investment, Optional<Boolean> gain) {
    return enterprise("E2")
        .addAchievements(achievement(XiangxiangAchievementTypes.SMART_UPGRADE, "2024-03-01")
            .investment(Money.yuan(investment)).significantGain(gain).build())
        .build();
  }

  @Test
  void an_smes_upgrade_with_a_significant_gain_gets_up_to_10_percent() {
    EnterpriseResult result = evaluate(upgrade("300000", Optional.of(true)));

    assertEquals(List.of(Money.yuan("30000")), amounts(result, SMART));
    assertEquals(AmountKind.UP_TO, paid(result, SMART).get(0).amountKind());
  }

  @Test
  void the_upgrade_subsidy_reaches_its_100000_cap_exactly_at_1000000_per_project() {
    assertEquals(List.of(Money.yuan("100000")), amounts(evaluate(upgrade("1000000", Optional.of(true))), SMART));
    assertEquals(List.of(Money.yuan("100000")), amounts(evaluate(upgrade("5000000", Optional.of(true))), SMART));
  }

  @Test
  void two_upgrade_projects_are_two_subsidies_each_with_its_own_cap() {
    var e = enterprise("E2").addAchievements(
        achievement(XiangxiangAchievementTypes.SMART_UPGRADE, "2024-03-01").investment(Money.wan("200"))
            .significantGain(true).build(),
        achievement(XiangxiangAchievementTypes.SMART_UPGRADE, "2025-03-01").investment(Money.wan("40"))
            .significantGain(true).build()).build();

    assertEquals(List.of(Money.yuan("100000"), Money.yuan("40000")), amounts(evaluate(e), SMART));
  }

  @Test
  void an_upgrade_without_a_significant_gain_gets_nothing_and_an_unknown_gain_is_not_enough_facts() {
    assertTrue(reasons(evaluate(upgrade("300000", Optional.of(false))), SMART).get(0).contains("增效显著"));
    assertTrue(reasons(evaluate(upgrade("300000", Optional.empty())), SMART).get(0).startsWith("not enough facts"));
  }

  private static Enterprise demonstrations(Object[]... levelAndProgram) {
    var b = enterprise("E3");
    int day = 1;
    for (Object[] lp : levelAndProgram) {
      b.addAchievements(achievement(XiangxiangAchievementTypes.DEMONSTRATION, "2024-05-" + String.format("%02d", day++))
          .level((Level) lp[0]).program((String) lp[1]).build());
    }
    return b.build();
  }

  @Test
  void each_provincial_programme_earns_30000_and_each_national_one_50000() {
    EnterpriseResult result = evaluate(demonstrations(
        new Object[] {Level.PROVINCIAL, "TWO_INTEGRATION_BENCHMARK"},
        new Object[] {Level.PROVINCIAL, "INDUSTRIAL_INTERNET_PLATFORM"},
        new Object[] {Level.NATIONAL, "FIVE_G_APPLICATION"}));

    assertEquals(List.of(Money.yuan("30000"), Money.yuan("30000")), amounts(result, PROVINCIAL));
    assertEquals(List.of(Money.yuan("50000")), amounts(result, NATIONAL));
    assertEquals(Optional.of("FIVE_G_APPLICATION"), paid(result, NATIONAL).get(0).scope());
  }

  @Test
  void the_same_programme_twice_earns_once() {
    EnterpriseResult result = evaluate(demonstrations(
        new Object[] {Level.NATIONAL, "SMART_PV"}, new Object[] {Level.NATIONAL, "SMART_PV"}));

    assertEquals(List.of(Money.yuan("50000")), amounts(result, NATIONAL));
  }

  @Test
  void a_programme_at_the_other_level_or_not_named_in_the_clause_earns_nothing() {
    EnterpriseResult result = evaluate(demonstrations(
        new Object[] {Level.NATIONAL, "TWO_INTEGRATION_BENCHMARK"},
        new Object[] {Level.PROVINCIAL, "SMART_PV"},
        new Object[] {Level.CITY, "SMART_PV"},
        new Object[] {Level.NATIONAL, "SOMETHING_ELSE"}));

    assertEquals(List.of(), result.entitlements());
    assertEquals(2, reasons(result, NATIONAL).size());
    assertEquals(1, reasons(result, PROVINCIAL).size());
  }

  @Test
  void the_clause_names_four_provincial_and_ten_national_programmes() {
    assertEquals(4, DemonstrationProgram.at(Level.PROVINCIAL).size());
    assertEquals(10, DemonstrationProgram.at(Level.NATIONAL).size());
  }
}
