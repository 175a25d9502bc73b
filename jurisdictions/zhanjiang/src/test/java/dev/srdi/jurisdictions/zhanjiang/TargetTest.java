package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.END_2025;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.ZHANJIANG;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.day;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.firm;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.innovative;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.littleGiant;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.provincialSrdi;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangFixtures.recognition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.target.TargetReport;
import dev.srdi.core.target.TargetStatus;
import dev.srdi.testkit.TestKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** 一 工作目标 and 二、（七） 营收倍增 as targets read from a portfolio. */
final class TargetTest {

  private static TargetReport report(List<Enterprise> firms, int year, LocalDate asOf, String target) {
    return report(firms, year, asOf, target, Overrides.none());
  }

  private static TargetReport report(List<Enterprise> firms, int year, LocalDate asOf, String target, Overrides overrides) {
    return TestKit.engine().targets(ZHANJIANG, Portfolio.of(firms), year, asOf, TestKit.settings(ZHANJIANG, overrides))
        .stream().filter(r -> r.target().id().value().equals(target)).findFirst().orElseThrow();
  }

  private static Financials revenue(int year, String yuan) {
    return new Financials(year, Optional.of(Money.yuan(yuan)), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static List<Enterprise> many(String prefix, int count, dev.srdi.core.ladder.Recognition r) {
    return IntStream.range(0, count).mapToObj(i -> firm(prefix + i).addRecognitions(r).build()).toList();
  }

  /** 一 "力争到2025年…累计": a report for 2026 counts what was reached by the end of 2025, no more. */
  @Test
  void a_2026_report_counts_the_2025_target_as_it_stood_at_the_deadline() {
    var firms = Stream.of(many("I", 290, innovative("2025-12-31")), many("L", 20, innovative("2026-01-01")))
        .flatMap(List::stream).toList();
    TargetReport at2025 = report(firms, 2025, END_2025, "zhanjiang.target.quality-smes");
    TargetReport at2026 = report(firms, 2026, day("2026-12-31"), "zhanjiang.target.quality-smes");
    assertEquals(Optional.of(new BigDecimal("290")), at2025.reached());
    assertEquals(at2025.reached(), at2026.reached());
    assertEquals(TargetStatus.NOT_MET, at2026.status());
  }

  @Test
  void three_hundred_quality_smes_by_2025_are_met_cumulatively_even_if_some_recognitions_expired() {
    var firms = Stream.of(many("I", 200, innovative("2022-05-01")), many("S", 80, provincialSrdi("2023-05-01")),
        many("G", 20, littleGiant("2024-05-01"))).flatMap(List::stream).toList();
    TargetReport quality = report(firms, 2025, END_2025, "zhanjiang.target.quality-smes");
    assertEquals(TargetStatus.MET, quality.status());
    assertEquals(Optional.of(new BigDecimal("300")), quality.reached());
    assertEquals(new BigDecimal("300"), quality.required());
    assertEquals(List.of("市工业和信息化局", "各县（市、区）人民政府（管委会）"),
        quality.target().responsibility().responsible().stream().map(d -> d.value()).toList());
    assertEquals(TargetStatus.MET, report(firms, 2025, END_2025, "zhanjiang.target.innovative-smes").status());
  }

  @Test
  void the_hundred_srdi_smes_include_little_giants() {
    var firms = Stream.of(many("S", 80, provincialSrdi("2023-05-01")), many("G", 20, littleGiant("2024-05-01")))
        .flatMap(List::stream).toList();
    TargetReport srdi = report(firms, 2025, END_2025, "zhanjiang.target.srdi-smes");
    assertEquals(Optional.of(new BigDecimal("100")), srdi.reached());
    assertEquals(TargetStatus.MET, srdi.status());
  }

  @Test
  void short_of_the_target_before_2025_ends_is_in_progress_and_after_it_not_met() {
    var firms = many("S", 99, provincialSrdi("2023-05-01"));
    TargetReport during = report(firms, 2025, day("2025-06-30"), "zhanjiang.target.srdi-smes");
    assertEquals(TargetStatus.IN_PROGRESS, during.status());
    assertEquals(Optional.of(BigDecimal.ONE), during.gap());
    assertEquals(TargetStatus.NOT_MET, report(firms, 2025, END_2025, "zhanjiang.target.srdi-smes").status());
  }

  @Test
  void city_level_titles_recognitions_after_the_cut_off_and_firms_of_other_cities_are_not_counted() {
    var firms = List.of(
        firm("C").addRecognitions(recognition(Title.SRDI_SME, Level.CITY, "2023-05-01")).build(),
        firm("L").addRecognitions(provincialSrdi("2026-01-05")).build(),
        firm("O").jurisdiction(JurisdictionId.of("guilin")).addRecognitions(provincialSrdi("2023-05-01")).build(),
        firm("Y").addRecognitions(provincialSrdi("2023-05-01")).build());
    assertEquals(Optional.of(BigDecimal.ONE), report(firms, 2025, END_2025, "zhanjiang.target.quality-smes").reached());
  }

  @Test
  void a_firm_that_doubles_its_base_year_revenue_within_five_years_counts_towards_revenue_doubling() {
    var doubled = firm("D").addRecognitions(provincialSrdi("2022-04-01"))
        .addFinancials(revenue(2022, "10000000"), revenue(2024, "20000000")).build();
    TargetReport report = report(List.of(doubled), 2025, END_2025, "zhanjiang.target.revenue-doubling");
    assertEquals(Optional.of(BigDecimal.ONE), report.reached());
    assertEquals(TargetStatus.MET, report.status());
  }

  @Test
  void just_short_of_double_does_not_count_and_a_firm_past_three_years_is_due() {
    var almost = firm("A").addRecognitions(provincialSrdi("2022-04-01"))
        .addFinancials(revenue(2022, "10000000"), revenue(2025, "19999999.99")).build();
    TargetReport report = report(List.of(almost), 2025, END_2025, "zhanjiang.target.revenue-doubling");
    assertEquals(Optional.of(BigDecimal.ZERO), report.reached());
    assertEquals(TargetStatus.IN_PROGRESS, report.status());
    assertTrue(report.note().contains("1 due"), report.note());
  }

  @Test
  void doubling_in_the_fifth_year_counts_but_after_it_does_not() {
    var fifth = firm("F").addRecognitions(provincialSrdi("2022-04-01"))
        .addFinancials(revenue(2022, "10000000"), revenue(2027, "30000000")).build();
    var late = firm("L").addRecognitions(provincialSrdi("2022-04-01"))
        .addFinancials(revenue(2022, "10000000"), revenue(2028, "30000000")).build();
    TargetReport report = report(List.of(fifth, late), 2028, day("2028-12-31"), "zhanjiang.target.revenue-doubling");
    assertEquals(Optional.of(BigDecimal.ONE), report.reached());
    assertTrue(report.note().contains("1 past the horizon"), report.note());
  }

  @Test
  void a_firm_without_its_base_year_revenue_is_reported_not_guessed() {
    var unknown = firm("U").addRecognitions(littleGiant("2023-04-01")).addFinancials(revenue(2025, "50000000")).build();
    TargetReport report = report(List.of(unknown), 2025, END_2025, "zhanjiang.target.revenue-doubling");
    assertEquals(Optional.of(BigDecimal.ZERO), report.reached());
    assertTrue(report.note().contains("1 without a positive base-year revenue"), report.note());
  }

  @Test
  void the_doubling_factor_and_the_batch_size_are_parameters() {
    var grew = firm("G").addRecognitions(provincialSrdi("2022-04-01"))
        .addFinancials(revenue(2022, "10000000"), revenue(2024, "15000000")).build();
    var overrides = Overrides.none().withParameter("zhanjiang.revenue-doubling.factor", "1.5")
        .withParameter("zhanjiang.revenue-doubling.firms", "2");
    TargetReport report = report(List.of(grew), 2025, END_2025, "zhanjiang.target.revenue-doubling", overrides);
    assertEquals(Optional.of(BigDecimal.ONE), report.reached());
    assertEquals(new BigDecimal("2"), report.required());
    assertEquals(TargetStatus.IN_PROGRESS, report.status());
  }
}
