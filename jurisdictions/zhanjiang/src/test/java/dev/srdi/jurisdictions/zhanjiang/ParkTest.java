package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.evaluate;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.firm;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.innovative;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.littleGiant;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.park;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.parkOf;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.provincialSrdi;
import static dev.srdi.testkit.TestKit.entitlements;
import static dev.srdi.testkit.TestKit.rejections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.ParkId;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.policy.JurisdictionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 三、（二） 园区培育支持: the park operator's award and the 专精特新园区 plaque. */
final class ParkTest {
  private static final String AWARD = "zhanjiang.park-introduction-award";

  private static Enterprise movedIn(String park, String moved, Recognition... recognitions) {
    return firm().park(ParkId.of(park)).relocatedFromOutside(day(moved)).addRecognitions(recognitions).build();
  }

  private static EnterpriseResult only(PortfolioResult result) {
    return result.enterprises().get(0);
  }

  private static NotEligible onlyRejection(EnterpriseResult result) {
    List<NotEligible> rejected = rejections(result, AWARD);
    assertEquals(1, rejected.size(), rejected.toString());
    return rejected.get(0);
  }

  private static List<Enterprise> srdiFirmsIn(String park, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> firm("F" + i).park(ParkId.of(park)).addRecognitions(provincialSrdi("2024-01-10")).build())
        .toList();
  }

  private static PortfolioFinding finding(PortfolioResult result, String park) {
    return result.findings().stream().filter(f -> f.subject().equals("park " + park)).findFirst().orElseThrow();
  }

  @Test
  void bringing_a_provincial_srdi_firm_from_outside_the_city_into_a_provincial_park_earns_its_operator_an_award() {
    var result = only(evaluate(List.of(movedIn("P1", "2023-05-01", provincialSrdi("2022-10-01"))),
        List.of(park("P1", Level.PROVINCIAL)), END_2025));
    Entitlement award = entitlements(result, AWARD).get(0);
    assertEquals(AmountKind.UNSPECIFIED, award.amountKind());
    assertEquals(Optional.empty(), award.amount());
    assertEquals(Optional.of("operator of park P1"), award.payee());
    assertEquals(2023, award.year());
    assertTrue(award.fundingSource().orElseThrow().contains("县（市、区）"));
  }

  @Test
  void bringing_in_a_national_little_giant_counts_as_a_national_srdi_firm() {
    var result = only(evaluate(List.of(movedIn("P1", "2024-05-01", littleGiant("2023-10-01"))),
        List.of(park("P1", Level.NATIONAL)), END_2025));
    assertEquals(1, entitlements(result, AWARD).size());
  }

  @Test
  void a_park_whose_level_is_not_given_leaves_the_award_undecided() {
    var result = only(evaluate(List.of(movedIn("P1", "2023-05-01", provincialSrdi("2022-10-01"))),
        List.of(park("P1", Optional.empty())), END_2025));
    assertEquals(List.of(), entitlements(result, AWARD));
    NotEligible rejected = onlyRejection(result);
    assertTrue(rejected.isMissingFacts());
    assertEquals(List.of("level of park P1"), rejected.missingFacts());
  }

  @Test
  void a_city_level_park_is_not_a_provincial_or_above_park() {
    var result = only(evaluate(List.of(movedIn("P1", "2023-05-01", provincialSrdi("2022-10-01"))),
        List.of(park("P1", Level.CITY)), END_2025));
    assertTrue(onlyRejection(result).reason().contains("not a provincial-or-above industrial park"));
  }

  @Test
  void a_firm_that_was_not_an_srdi_firm_when_it_moved_in_earns_nothing() {
    var result = only(evaluate(List.of(movedIn("P1", "2023-05-01", provincialSrdi("2023-08-01"), innovative("2022-08-01"))),
        List.of(park("P1", Level.PROVINCIAL)), END_2025));
    assertTrue(onlyRejection(result).reason().contains("held no valid national or provincial SRDI recognition"));
  }

  @Test
  void a_move_before_the_plan_was_issued_is_not_covered() {
    var result = only(evaluate(List.of(movedIn("P1", "2023-02-16", provincialSrdi("2022-10-01"))),
        List.of(park("P1", Level.PROVINCIAL)), END_2025));
    assertTrue(onlyRejection(result).reason().contains("outside the covered period"));
  }

  @Test
  void a_firm_that_did_not_move_in_from_outside_earns_its_park_nothing() {
    var result = only(evaluate(List.of(firm().park(ParkId.of("P1")).addRecognitions(provincialSrdi("2022-10-01")).build()),
        List.of(park("P1", Level.PROVINCIAL)), END_2025));
    assertTrue(onlyRejection(result).reason().contains("not brought in from outside"));
  }

  @Test
  void a_park_gathering_ten_provincial_srdi_firms_receives_the_plaque_and_priority_recommendation() {
    var result = evaluate(srdiFirmsIn("P1", 10), List.of(park("P1", Level.CITY)), END_2025);
    PortfolioFinding plaque = finding(result, "P1");
    assertTrue(plaque.granted(), plaque.explanation());
    assertEquals("zhanjiang.park-plaque", plaque.measure().value());
    assertTrue(plaque.explanation().contains("专精特新园区"));
  }

  @Test
  void nine_firms_are_not_ten() {
    PortfolioFinding plaque = finding(evaluate(srdiFirmsIn("P1", 9), List.of(park("P1", Level.PROVINCIAL)), END_2025), "P1");
    assertFalse(plaque.granted());
    assertTrue(plaque.explanation().contains("not ≥ 10"), plaque.explanation());
  }

  @Test
  void little_giants_count_towards_the_ten_but_innovative_smes_and_expired_recognitions_do_not() {
    var firms = new ArrayList<>(srdiFirmsIn("P1", 9));
    firms.add(firm("G").park(ParkId.of("P1")).addRecognitions(littleGiant("2025-01-01")).build());
    assertTrue(finding(evaluate(firms, List.of(), END_2025), "P1").granted());

    var weaker = new ArrayList<>(srdiFirmsIn("P1", 9));
    weaker.add(firm("I").park(ParkId.of("P1")).addRecognitions(innovative("2025-01-01")).build());
    weaker.add(firm("X").park(ParkId.of("P1")).addRecognitions(provincialSrdi("2022-01-01")).build());
    assertFalse(finding(evaluate(weaker, List.of(), END_2025), "P1").granted());
  }

  @Test
  void firms_and_parks_of_another_city_are_not_counted() {
    var firms = new ArrayList<>(srdiFirmsIn("P1", 9));
    firms.add(firm("Z").park(ParkId.of("P1")).jurisdiction(JurisdictionId.of("guilin"))
        .addRecognitions(provincialSrdi("2024-01-10")).build());
    assertFalse(finding(evaluate(firms, List.of(), END_2025), "P1").granted());

    var elsewhere = evaluate(srdiFirmsIn("P9", 12), List.of(parkOf("P9", "guilin")), END_2025);
    assertTrue(elsewhere.findings().isEmpty(), elsewhere.findings().toString());
  }

  @Test
  void no_plaque_is_granted_after_the_plan_expires() {
    PortfolioFinding plaque = finding(evaluate(srdiFirmsIn("P1", 12), List.of(), day("2026-02-17")), "P1");
    assertFalse(plaque.granted());
    assertTrue(plaque.explanation().contains("not in force"));
  }

  @Test
  void the_number_of_firms_is_a_parameter() {
    var result = evaluate(srdiFirmsIn("P1", 9), List.of(), END_2025,
        Overrides.none().withParameter("zhanjiang.park-plaque.min-firms", "9"));
    assertTrue(finding(result, "P1").granted());
  }
}
