package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.GUILIN;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.achievement;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.anyEnterprise;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.assertAnyContains;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdi;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.figures;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.littleGiant;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.regionSrdi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.TestKit;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The portfolio of {@code src/test/resources/scenarios/guilin.json} (for {@code srdi evaluate
 * --jurisdiction guilin --scenario …}), built here with the same facts, and the amounts the text
 * implies for each enterprise.
 */
final class GuilinScenarioTest {
  private static final Portfolio SCENARIO = Portfolio.of(List.of(
      anyEnterprise("GL001").addRecognitions(citySrdi("2023-06-30"))
          .addFinancials(figures(2022, "20000000", "1000000"), figures(2023, "27000000", "1100000"),
              figures(2024, "40000000", "1300000")).build(),
      anyEnterprise("GL002").addRecognitions(regionSrdi("2021-05-10"), citySrdi("2023-03-01"))
          .addFinancials(figures(2022, "60000000", "2000000"), figures(2023, "100000000", "2500000")).build(),
      anyEnterprise("GL003").addRecognitions(littleGiant("2022-07-01"))
          .addFinancials(figures(2022, "50000000", "2000000"), figures(2023, "99999999.99", "2200000"))
          .addAchievements(achievement("HIGH_LEVEL_TALENT", "2024-03-01")).build(),
      anyEnterprise("GL004")
          .addFinancials(figures(2023, "30000000", "1000000"), figures(2024, "45000000", "1200000")).build(),
      anyEnterprise("GL005").addRecognitions(citySrdi("2024-02-01"))
          .addFinancials(figures(2024, "30000000", "1000000")).build()));

  private static final PortfolioResult RESULT = TestKit.engine()
      .evaluate(GUILIN, SCENARIO, LocalDate.of(2024, 12, 31), TestKit.settings(GUILIN, Overrides.none()));

  private static EnterpriseResult of(String id) {
    return RESULT.enterprises().stream().filter(r -> r.enterprise().equals(EnterpriseId.of(id))).findFirst().orElseThrow();
  }

  private static List<String> paid(String id) {
    return of(id).entitlements().stream()
        .map(e -> e.measure() + " " + e.year() + " " + e.amount().map(Money::toFenString).orElse("unspecified"))
        .toList();
  }

  @Test
  void the_scenario_file_is_shipped_beside_the_tests() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/guilin.json")) {
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String id : List.of("GL001", "GL002", "GL003", "GL004", "GL005")) {
        assertTrue(json.contains("\"" + id + "\""), id);
      }
    }
  }

  @Test
  void a_new_city_level_srdi_sme_that_keeps_growing_earns_the_first_award_and_two_growth_awards() {
    assertEquals(List.of("guilin.first-city-srdi-award 2023 100000.00", "guilin.growth-award 2023 21000.00",
        "guilin.growth-award 2024 39000.00"), paid("GL001"));
    assertEquals(Money.yuan("160000.00"), of("GL001").total());
    assertEquals(14, of("GL001").benefits().size());
  }

  @Test
  void a_firm_region_level_before_it_was_city_level_and_at_1_yi_output_gets_neither_award_and_is_told_why() {
    assertEquals(List.of(), paid("GL002"));
    List<String> reasons = of("GL002").notEligible().stream().map(NotEligible::reason).toList();
    assertAnyContains(reasons, "already held a provincial-or-above SRDI SME recognition before 2023-03-01");
    assertAnyContains(reasons, "referred to other industrial policies");
  }

  @Test
  void a_little_giant_just_under_1_yi_gets_the_growth_award_and_its_talent_the_treatment_of_another_document() {
    assertEquals(List.of("guilin.growth-award 2023 150000.00", "guilin.high-level-talent 2024 unspecified"),
        paid("GL003"));
    Entitlement talent = of("GL003").entitlements().get(1);
    assertEquals(Optional.of("the recognised talent (the treatment goes to the person)"), talent.payee());
  }

  @Test
  void a_firm_without_a_recognition_gets_nothing_and_every_measure_but_the_talent_treatment_says_why() {
    assertEquals(List.of(), paid("GL004"));
    assertTrue(of("GL004").benefits().isEmpty());
    // The talent treatment has nothing to say of a firm that brought in no recognised talent.
    assertEquals(GUILIN.measures().size() - 1,
        of("GL004").notEligible().stream().map(NotEligible::measure).distinct().count());
  }

  @Test
  void a_new_firm_without_last_years_figures_gets_the_first_award_and_not_enough_facts_for_growth() {
    assertEquals(List.of("guilin.first-city-srdi-award 2024 100000.00"), paid("GL005"));
    assertTrue(of("GL005").notEligible().stream().anyMatch(n -> n.isMissingFacts()
        && n.missingFacts().equals(List.of("outputValue 2023", "taxPaid 2023"))));
  }
}
