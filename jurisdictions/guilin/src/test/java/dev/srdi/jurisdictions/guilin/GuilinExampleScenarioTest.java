package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.GUILIN;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.assertAnyContains;
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
import dev.srdi.testkit.ScenarioFacts;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example scenario {@code seeds/examples/guilin.json}, read from the file itself, with the amounts, reasons
 * and readings checked by hand against the text; each enterprise's entitlements and total are the example
 * case {@code src/test/resources/cases/guilin.yaml}, which the CLI's golden output is checked against.
 */
final class GuilinExampleScenarioTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final int BENEFITS = 14;

  /** The facts of {@code seeds/examples/guilin.json}, read from the file itself. */
  private static final Portfolio SCENARIO = ScenarioFacts.example("guilin").portfolio();


  private static final PortfolioResult RESULT = evaluate(Overrides.none());

  private static PortfolioResult evaluate(Overrides overrides) {
    return TestKit.engine().evaluate(GUILIN, SCENARIO, AS_OF, TestKit.settings(GUILIN, overrides));
  }

  private static EnterpriseResult of(PortfolioResult result, String id) {
    return result.enterprises().stream().filter(r -> r.enterprise().equals(EnterpriseId.of(id))).findFirst()
        .orElseThrow();
  }

  private static EnterpriseResult of(String id) {
    return of(RESULT, id);
  }

  private static List<String> paid(EnterpriseResult result) {
    return result.entitlements().stream()
        .map(e -> e.measure() + " " + e.year() + " " + e.amount().map(Money::toFenString).orElse("unspecified"))
        .toList();
  }

  private static List<String> reasons(String id) {
    return of(id).notEligible().stream().map(NotEligible::reason).toList();
  }


  @Test
  void a_new_city_level_srdi_sme_growing_exactly_35_percent_earns_the_first_award_and_two_growth_awards() {
    // 100,000; 3‰ × (27,000,000 − 20,000,000) = 21,000; 3‰ × (40,000,000 − 27,000,000) = 39,000
    assertEquals(List.of("guilin.first-city-srdi-award 2023 100000.00", "guilin.growth-award 2023 21000.00",
        "guilin.growth-award 2024 39000.00"), paid(of("GL-001")));
    assertEquals(BENEFITS, of("GL-001").benefits().size());
    assertAnyContains(reasons("GL-001"), "output growth is not ≥ 35%", "(+12.50%)", "tax growth is not ≥ 10%");
    assertTrue(of("GL-001").entitlements().stream().allMatch(e -> e.notes().stream()
        .anyMatch(n -> n.startsWith("in-force window unknown"))));
  }

  @Test
  void a_firm_region_level_before_city_level_and_at_1_yi_gets_no_award_and_is_told_why_but_keeps_its_benefits() {
    assertEquals(List.of(), paid(of("GL-002")));
    assertAnyContains(reasons("GL-002"), "already held a provincial-or-above SRDI SME recognition before 2023-03-01");
    assertAnyContains(reasons("GL-002"), "output value 100000000.00 in 2023", "referred to other industrial policies");
    assertAnyContains(reasons("GL-002"), "output value 105000000.00 in 2024", "referred to other industrial policies");
    assertAnyContains(reasons("GL-002"), "in 2025", "(-6.66%)");
    assertEquals(BENEFITS, of("GL-002").benefits().size());
  }

  @Test
  void a_little_giant_one_fen_below_1_yi_earns_the_growth_award_its_talent_the_other_documents_treatment() {
    // 3‰ × (99,999,999.99 − 50,000,000) = 149,999.99997 → 150,000.00; the 500,000 cap does not bind
    assertEquals(List.of("guilin.growth-award 2023 150000.00", "guilin.high-level-talent 2024 unspecified"),
        paid(of("GL-003")));
    Entitlement talent = of("GL-003").entitlements().get(1);
    assertEquals(Optional.of("the recognised talent (the treatment goes to the person)"), talent.payee());
    assertAnyContains(reasons("GL-003"), "little giant recognition before 2024-09-01",
        "guilin.first-city-srdi-award.earlier-title=srdi-and-little-giant");
  }

  @Test
  void reading_only_the_srdi_title_as_excluding_gives_the_little_giant_the_first_award_too() {
    PortfolioResult titleOnly = evaluate(Overrides.none()
        .withInterpretation("guilin.first-city-srdi-award.earlier-title", "srdi-title-only"));

    assertEquals(List.of("guilin.growth-award 2023 150000.00", "guilin.high-level-talent 2024 unspecified",
        "guilin.first-city-srdi-award 2024 100000.00"), paid(of(titleOnly, "GL-003")));
    assertEquals(Money.yuan("649000.05"), titleOnly.enterprises().stream().map(EnterpriseResult::total)
        .reduce(Money.zero(), Money::plus));
  }

  @Test
  void an_innovative_sme_that_is_no_srdi_sme_earns_nothing_and_every_measure_but_the_talent_treatment_says_why() {
    assertEquals(List.of(), paid(of("GL-004")));
    assertTrue(of("GL-004").benefits().isEmpty());
    assertAnyContains(reasons("GL-004"), "held no valid SRDI recognition of any level in 2025");
    // The talent treatment has nothing to say of a firm that brought in no recognised talent.
    assertEquals(GUILIN.measures().size() - 1,
        of("GL-004").notEligible().stream().map(NotEligible::measure).distinct().count());
  }

  @Test
  void a_firm_new_in_2025_without_last_years_figures_gets_the_first_award_and_not_enough_facts_for_growth() {
    assertEquals(List.of("guilin.first-city-srdi-award 2025 100000.00"), paid(of("GL-005")));
    assertTrue(of("GL-005").notEligible().stream().anyMatch(n -> n.isMissingFacts()
        && n.missingFacts().equals(List.of("outputValue 2024", "taxPaid 2024"))));
  }

  @Test
  void output_of_exactly_0_2_yi_qualifies_3_permille_rounds_half_up_and_a_renewal_earns_no_second_first_award() {
    // 100,000; 3‰ × (20,000,000 − 14,000,000) = 18,000; 3‰ × 7,000,015.00 = 21,000.045 → 21,000.05
    assertEquals(List.of("guilin.first-city-srdi-award 2022 100000.00", "guilin.growth-award 2023 18000.00",
        "guilin.growth-award 2024 21000.05"), paid(of("GL-006")));
    assertAnyContains(reasons("GL-006"), "output value 14000000.00 in 2022 is below the bracket's lower end");
    assertAnyContains(reasons("GL-006"), "tax growth is not ≥ 10%", "1209999.99");
    assertAnyContains(reasons("GL-006"), "2025-08-15 is a renewal (复核)");
  }
}
