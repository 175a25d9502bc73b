package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.Fixture.XIANGXIANG;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.achievement;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.enterprise;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.recognition;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.renewal;
import static dev.srdi.jurisdictions.xiangxiang.Fixture.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.target.TargetReport;
import dev.srdi.core.target.TargetStatus;
import dev.srdi.testkit.TestKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The targets of both plans, read from a small portfolio. */
final class XiangxiangTargetsTest {

  private static final List<Enterprise> PORTFOLIO = List.of(
      enterprise("I1").aboveDesignatedSize(true).industry(Industry.INDUSTRIAL).inDevelopmentZone(true)
          .addFinancials(revenue(2021, "15000000"), revenue(2022, "21000000"))
          .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2022-05-01"),
              recognition(Title.SRDI_SME, Level.PROVINCIAL, "2023-05-01"),
              recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2024-05-01"))
          .addAchievements(
              achievement(XiangxiangAchievementTypes.LOAN, "2023-03-01").amount(Money.yuan("5000000")).build(),
              achievement(XiangxiangAchievementTypes.LOAN, "2023-04-01").amount(Money.yuan("4999999.99")).build(),
              achievement(XiangxiangAchievementTypes.EQUITY_FINANCING, "2023-06-01").amount(Money.wan("800")).build(),
              achievement(XiangxiangAchievementTypes.EQUITY_FINANCING, "2023-09-01").amount(Money.wan("300")).build(),
              achievement(XiangxiangAchievementTypes.PATENT_BREAKTHROUGH, "2023-02-01").build(),
              achievement(XiangxiangAchievementTypes.TECH_CENTER, "2023-07-01").level(Level.CITY).build())
          .build(),
      enterprise("I2").aboveDesignatedSize(true).industry(Industry.INDUSTRIAL).inDevelopmentZone(false)
          .addFinancials(revenue(2021, "25000000"), revenue(2022, "26000000"))
          .addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-01-10"),
              renewal(Title.SRDI_SME, Level.CITY, "2023-02-10"))
          .addAchievements(
              achievement(XiangxiangAchievementTypes.LOAN, "2023-05-01").amount(Money.wan("600")).build(),
              achievement(XiangxiangAchievementTypes.TECH_CENTER, "2023-08-01").level(Level.PROVINCIAL).build(),
              achievement(XiangxiangAchievementTypes.TECH_RESULT, "2023-08-02").build(),
              achievement(XiangxiangAchievementTypes.DEMONSTRATION, "2023-08-03").level(Level.NATIONAL)
                  .program("SMART_PV").build())
          .build(),
      enterprise("T1").aboveDesignatedSize(true).industry(Industry.TRADE_LOGISTICS).inDevelopmentZone(true)
          .addFinancials(revenue(2021, "19999999.99"), revenue(2022, "20000000"))
          .addRecognitions(recognition(Title.LITTLE_GIANT, Level.NATIONAL, "2023-07-01"))
          .build(),
      enterprise("C1").aboveDesignatedSize(true).industry(Industry.CONSTRUCTION).inDevelopmentZone(true).build(),
      enterprise("V1").aboveDesignatedSize(true).industry(Industry.SERVICE).build(),
      enterprise("S1").aboveDesignatedSize(false).industry(Industry.INDUSTRIAL).inDevelopmentZone(true)
          .addFinancials(revenue(2021, "10000000"), revenue(2022, "20000000"))
          .addRecognitions(recognition(Title.LITTLE_GIANT, Level.CITY, "2019-03-01"))
          .build());

  private static List<TargetReport> reports(int year, LocalDate asOf, Overrides overrides) {
    return TestKit.engine().targets(XIANGXIANG, Portfolio.of(PORTFOLIO), year, asOf,
        TestKit.settings(XIANGXIANG, overrides));
  }

  private static TargetReport report(int year, LocalDate asOf, String id) {
    return report(year, asOf, id, Overrides.none());
  }

  private static TargetReport report(int year, LocalDate asOf, String id, Overrides overrides) {
    return reports(year, asOf, overrides).stream().filter(r -> r.target().id().value().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no target " + id));
  }

  private static Optional<BigDecimal> reached(long n) {
    return Optional.of(BigDecimal.valueOf(n));
  }

  @Test
  void the_above_size_counts_by_2025_are_read_from_the_list_status_and_industry() {
    LocalDate asOf = LocalDate.of(2023, 12, 31);
    TargetReport total = report(2023, asOf, "xiangxiang.target.above-size.total");

    assertEquals(BigDecimal.valueOf(640), total.required());
    assertEquals(reached(5), total.reached());
    assertEquals(Optional.of(BigDecimal.valueOf(635)), total.gap());
    assertEquals(TargetStatus.IN_PROGRESS, total.status());
    assertEquals(reached(2), report(2023, asOf, "xiangxiang.target.above-size.industrial").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.above-size.trade-logistics").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.above-size.construction").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.above-size.service").reached());
  }

  @Test
  void the_above_size_targets_are_not_met_when_2025_ends_short() {
    assertEquals(TargetStatus.NOT_MET,
        report(2025, LocalDate.of(2025, 12, 31), "xiangxiang.target.above-size.total").status());
  }

  @Test
  void the_zone_share_counts_above_size_firms_only_and_three_of_five_meet_a_70_percent_target_short() {
    TargetReport share = report(2023, LocalDate.of(2023, 12, 31), "xiangxiang.target.above-size.zone-share");

    assertEquals(0, BigDecimal.valueOf(70).compareTo(share.required()));
    assertEquals(0, new BigDecimal("60.00").compareTo(share.reached().orElseThrow()));
  }

  @Test
  void new_entries_of_2022_are_firms_on_the_list_whose_revenue_crossed_20_million_that_year() {
    TargetReport entries = report(2023, LocalDate.of(2023, 12, 31), "xiangxiang.target.new-entries");

    // I1 (15 → 21 million) and T1 (19,999,999.99 → 20,000,000) entered; I2 was over already; S1 is not on the list.
    assertEquals(reached(2), entries.reached());
    assertEquals(BigDecimal.valueOf(60), entries.required());
    assertEquals(TargetStatus.NOT_MET, entries.status());
    assertEquals(List.of(DepartmentId.of("市发展改革局")), entries.target().responsibility().lead());
  }

  @Test
  void read_industrial_only_the_trade_firm_crossing_20_million_is_not_counted_as_a_new_entry() {
    TargetReport entries = report(2023, LocalDate.of(2023, 12, 31), "xiangxiang.target.new-entries",
        Overrides.none().withInterpretation("xiangxiang.scale-by-sector", "industrial-only"));

    // Only I1 (industrial) is left; T1 is TRADE_LOGISTICS, whose national standard is not this figure.
    assertEquals(reached(1), entries.reached());
  }

  @Test
  void a_firm_recorded_only_as_a_national_key_little_giant_counts_in_the_2025_national_stock() {
    var keyOnly = enterprise("K1").addRecognitions(recognition(Title.KEY_LITTLE_GIANT, Level.NATIONAL, "2024-07-01"))
        .build();
    var reports = TestKit.engine().targets(XIANGXIANG, Portfolio.of(List.of(keyOnly)), 2025, LocalDate.of(2025, 12, 31),
        TestKit.settings(XIANGXIANG, Overrides.none()));
    var stock = reports.stream()
        .filter(r -> r.target().id().value().equals("xiangxiang.target.stock.national-little-giant")).findFirst()
        .orElseThrow();

    assertEquals(reached(1), stock.reached());
  }

  @Test
  void the_yearly_srdi_targets_count_new_recognitions_of_the_year_only() {
    LocalDate asOf = LocalDate.of(2023, 12, 31);

    // I2's new city recognition counts, its renewal does not add a second; I1's city one was in 2022.
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.yearly.city-srdi").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.yearly.provincial-srdi").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.yearly.national-little-giant").reached());
    assertEquals(TargetStatus.NOT_MET, report(2023, asOf, "xiangxiang.target.yearly.city-srdi").status());
    assertEquals(TargetStatus.MET, report(2023, asOf, "xiangxiang.target.yearly.national-little-giant").status());
    assertEquals(reached(1), report(2022, LocalDate.of(2022, 12, 31), "xiangxiang.target.yearly.city-srdi").reached());
  }

  @Test
  void the_2025_stock_counts_valid_recognitions_or_in_the_other_reading_every_one_ever_made() {
    LocalDate asOf = LocalDate.of(2023, 12, 31);
    String city = "xiangxiang.target.stock.city-srdi";

    // S1's city "little giant" of 2019 (Hunan's name for the city SRDI SME) expired in 2022.
    assertEquals(reached(2), report(2023, asOf, city).reached());
    assertEquals(reached(3), report(2023, asOf, city,
        Overrides.none().withInterpretation("xiangxiang.stock-count", "ever")).reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.stock.national-little-giant").reached());
    assertEquals(reached(0), report(2023, asOf, "xiangxiang.target.stock.single-champion").reached());
    assertEquals(reached(1), report(2024, LocalDate.of(2024, 12, 31), "xiangxiang.target.stock.single-champion").reached());
    assertEquals(TargetStatus.MET,
        report(2024, LocalDate.of(2024, 12, 31), "xiangxiang.target.stock.single-champion").status());
  }

  /** 专精特新培育计划 二: "到2025年…单项冠军产品企业达到1家": a recognition after the deadline never counts. */
  @Test
  void a_target_set_by_2025_counts_a_recognition_of_the_last_day_and_not_one_after_it() {
    var lastDay = enterprise("D1").addRecognitions(
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2025-12-31")).build();
    var dayAfter = enterprise("D2").addRecognitions(
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2026-01-01")).build();
    var later = enterprise("D3").addRecognitions(
        recognition(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL, "2026-03-01")).build();
    String id = "xiangxiang.target.stock.single-champion";

    assertEquals(TargetStatus.MET, stockReport(List.of(lastDay), 2026, id).status());
    assertEquals(TargetStatus.NOT_MET, stockReport(List.of(dayAfter), 2026, id).status());
    TargetReport in2026 = stockReport(List.of(later), 2026, id);
    assertEquals(reached(0), in2026.reached());
    assertEquals(TargetStatus.NOT_MET, in2026.status());
    assertTrue(in2026.note().contains("counted up to the deadline"), in2026.note());
    assertEquals(stockReport(List.of(later), 2025, id).reached(), in2026.reached());
  }

  private static TargetReport stockReport(List<Enterprise> portfolio, int year, String id) {
    return TestKit.engine().targets(XIANGXIANG, Portfolio.of(portfolio), year, LocalDate.of(year, 12, 31),
            TestKit.settings(XIANGXIANG, Overrides.none())).stream()
        .filter(r -> r.target().id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void loans_of_exactly_5_million_count_and_one_fen_less_does_not() {
    TargetReport loans = report(2023, LocalDate.of(2023, 12, 31), "xiangxiang.target.loans");

    assertEquals(reached(2), loans.reached());
    assertEquals(BigDecimal.valueOf(10), loans.required());
    assertEquals(List.of(DepartmentId.of("市政府金融办")), loans.target().responsibility().lead());
    assertTrue(loans.target().responsibility().responsible().contains(DepartmentId.of("人民银行湘乡市支行")));
  }

  @Test
  void equity_financing_counts_enterprises_and_the_other_yearly_numbers_count_achievements() {
    LocalDate asOf = LocalDate.of(2023, 12, 31);

    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.equity-financings").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.invention-patents").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.tech-centers").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.tech-results").reached());
    assertEquals(reached(1), report(2023, asOf, "xiangxiang.target.demonstrations").reached());
    assertEquals(TargetStatus.MET, report(2023, asOf, "xiangxiang.target.demonstrations").status());
  }

  @Test
  void a_yearly_count_looks_only_up_to_the_as_of_date() {
    assertEquals(reached(1), report(2023, LocalDate.of(2023, 4, 30), "xiangxiang.target.loans").reached());
  }

  @Test
  void seed_firms_people_trained_and_job_fairs_are_not_measurable_from_a_portfolio() {
    LocalDate asOf = LocalDate.of(2023, 12, 31);
    for (String id : List.of("xiangxiang.target.seeds.total", "xiangxiang.target.seeds.zone",
        "xiangxiang.target.seeds.towns", "xiangxiang.target.trained", "xiangxiang.target.trained-senior-managers",
        "xiangxiang.target.job-fairs")) {
      TargetReport r = report(2023, asOf, id);
      assertEquals(TargetStatus.NOT_MEASURABLE, r.status(), id);
      assertTrue(r.note().contains("facts"), id + ": " + r.note());
    }
    assertEquals(BigDecimal.valueOf(7), report(2023, asOf, "xiangxiang.target.seeds.zone").required());
    assertEquals(BigDecimal.valueOf(10), report(2023, asOf, "xiangxiang.target.trained-senior-managers").required());
  }

  @Test
  void every_target_of_both_plans_is_reported() {
    assertEquals(26, reports(2023, LocalDate.of(2023, 12, 31), Overrides.none()).size());
  }
}
