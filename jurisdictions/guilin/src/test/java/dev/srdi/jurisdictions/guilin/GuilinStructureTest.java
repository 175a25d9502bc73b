package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.GUILIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.ResponsibilityMatrix;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Task;
import dev.srdi.core.spi.JurisdictionCheck;
import dev.srdi.testkit.SeedText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The document as a whole: its window, its ladder, its tasks, duty and departments. */
final class GuilinStructureTest {
  private static final List<String> EIGHTEEN_CLAUSES = List.of("一、（一）", "一、（二）", "二、（三）", "二、（四）",
      "三、（五）", "三、（六）", "四、（七）", "四、（八）", "五、（九）", "五、（十）", "六、（十一）", "六、（十二）",
      "七、（十三）", "七、（十四）", "八、（十五）", "九、（十六）", "九、（十七）", "十、（十八）");

  private static Task task(String id) {
    return GUILIN.tasks().stream().filter(t -> t.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void all_eighteen_clauses_are_encoded_as_measures_targets_or_tasks() {
    Set<String> clauses = Stream.of(
            GUILIN.measures().stream().map(m -> m.descriptor().citation()),
            GUILIN.targets().stream().map(t -> t.citation()),
            GUILIN.tasks().stream().map(t -> t.citation()))
        .flatMap(s -> s).map(Citation::clause).collect(Collectors.toCollection(TreeSet::new));

    assertTrue(clauses.containsAll(EIGHTEEN_CLAUSES), () -> "encoded: " + clauses);
  }

  @Test
  void every_clause_but_the_doubling_plan_has_a_measure_an_enterprise_can_earn() {
    Set<String> measured = GUILIN.measures().stream().map(m -> m.descriptor().citation().clause())
        .collect(Collectors.toSet());

    assertEquals(List.of("一、（二）"), EIGHTEEN_CLAUSES.stream().filter(c -> !measured.contains(c)).toList());
  }

  @Test
  void the_trial_measure_has_no_issue_date_so_its_two_year_window_is_unknown() {
    PolicyDocument document = GUILIN.documents().get(0);

    assertEquals(Optional.empty(), document.issued());
    assertFalse(document.inForce().isFullyKnown());
    assertTrue(document.inForce().basis().contains("有效期2年"), document.inForce().basis());
    assertEquals(2, GuilinParameters.VALIDITY_YEARS.defaultValue());
  }

  @Test
  void the_ladder_has_guilins_five_rungs_in_the_texts_own_names() {
    assertEquals(List.of(GuilinLadder.INNOVATIVE_SME, GuilinLadder.CITY_SRDI, GuilinLadder.REGION_SRDI,
        GuilinLadder.NATIONAL_LITTLE_GIANT, GuilinLadder.NATIONAL_SINGLE_CHAMPION), List.of(GuilinLadder.values()));
    for (GuilinLadder rung : GuilinLadder.values()) {
      assertTrue(SeedText.contains(GuilinDocuments.MEASURES, rung.nameZh()), rung.nameZh() + " is not in the text");
    }
  }

  @Test
  void region_level_is_provincial_and_the_three_srdi_rungs_are_city_region_and_little_giant() {
    assertEquals(Level.PROVINCIAL, GuilinLadder.REGION_SRDI.level());
    assertEquals(List.of(GuilinLadder.CITY_SRDI, GuilinLadder.REGION_SRDI, GuilinLadder.NATIONAL_LITTLE_GIANT),
        Stream.of(GuilinLadder.values()).filter(GuilinLadder::isSrdi).toList());
    assertEquals(Optional.of(GuilinLadder.NATIONAL_LITTLE_GIANT),
        GuilinLadder.rungOf(Recognition.of(Title.KEY_LITTLE_GIANT, Level.NATIONAL, LocalDate.of(2023, 1, 1))));
    assertEquals(Optional.empty(),
        GuilinLadder.rungOf(Recognition.of(Title.LITTLE_GIANT, Level.CITY, LocalDate.of(2023, 1, 1))));
  }

  @Test
  void the_doubling_plan_quotas_fall_on_the_parks_and_the_county_governments() {
    assertEquals(List.of(DepartmentId.of("市工业和信息化局"), DepartmentId.of("高新区管委会"), DepartmentId.of("经济技术开发区管委会"),
            DepartmentId.of("高铁（桂林）广西园管委会"), DepartmentId.of("各县（市、区）人民政府")),
        task("guilin.task.cultivation-quotas").responsibility().responsible());
  }

  @Test
  void the_listing_office_is_led_by_the_financial_affairs_office_kept_apart_from_the_responsible_units() {
    Task office = task("guilin.task.listing-office");

    assertEquals(List.of(DepartmentId.of("市金融办")), office.responsibility().lead());
    assertEquals(3, office.responsibility().responsible().size());
  }

  @Test
  void credit_measures_are_tasks_of_the_five_financial_units() {
    for (String id : List.of("guilin.task.srdi-list-sharing", "guilin.task.relending-plan", "guilin.task.risk-sharing",
        "guilin.task.insurance", "guilin.task.supply-chain-finance")) {
      assertEquals("五、（九）", task(id).citation().clause());
      assertTrue(task(id).responsibility().responsible().contains(DepartmentId.of("人民银行桂林市中心支行")), id);
    }
  }

  @Test
  void the_supply_chain_list_and_industry_academia_mechanisms_are_tasks_with_their_units() {
    assertEquals(List.of(DepartmentId.of("市工业和信息化局"), DepartmentId.of("市投资促进局")),
        task("guilin.task.chain-list").responsibility().responsible());
    assertEquals(DepartmentId.of("市科技局"),
        task("guilin.task.industry-academia-mechanism").responsibility().responsible().get(0));
  }

  @Test
  void the_liaisons_yearly_difficulty_falls_due_at_the_end_of_each_year() {
    List<DueDuty> december = ResponsibilityMatrix.dueIn(GUILIN, YearMonth.of(2024, 12));

    assertEquals(1, december.size());
    assertEquals(LocalDate.of(2024, 12, 31), december.get(0).due());
    assertTrue(december.get(0).duty().nameEn().contains("at least 1 of its difficulties a year"));
    assertTrue(ResponsibilityMatrix.dueIn(GUILIN, YearMonth.of(2024, 6)).isEmpty());
  }

  @Test
  void every_department_is_named_in_the_text_and_has_an_english_name() {
    for (Department d : GUILIN.departments()) {
      assertTrue(SeedText.contains(GuilinDocuments.MEASURES, d.nameZh()), d.nameZh() + " is not in the text");
      assertFalse(d.nameEn().isBlank(), d.nameZh() + " has no English name");
    }
    assertEquals(List.of(), JurisdictionCheck.problems(GUILIN));
  }

  @Test
  void every_department_the_text_names_has_a_part_somewhere() {
    Set<DepartmentId> named = ResponsibilityMatrix.of(GUILIN).stream().map(d -> d.department())
        .collect(Collectors.toSet());
    List<DepartmentId> idle = GUILIN.departments().stream().map(Department::id).filter(id -> !named.contains(id))
        .toList();

    // The county IT departments keep the firm files, but the clause lists the county governments as responsible.
    assertEquals(List.of(DepartmentId.of("各县（市、区）工信部门")), idle);
  }
}
