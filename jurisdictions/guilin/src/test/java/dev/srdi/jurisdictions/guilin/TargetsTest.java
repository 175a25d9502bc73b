package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.GUILIN;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.achievement;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.anyEnterprise;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdi;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.figures;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.regionSrdi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.target.TargetReport;
import dev.srdi.core.target.TargetStatus;
import dev.srdi.testkit.TestKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The targets of 一、（二）, 五、（十） and 九、（十六）. */
final class TargetsTest {

  private static TargetReport report(List<Enterprise> enterprises, String target, int year, String asOf) {
    return TestKit.engine().targets(GUILIN, Portfolio.of(enterprises), year, LocalDate.parse(asOf),
            TestKit.settings(GUILIN, Overrides.none())).stream()
        .filter(r -> r.target().id().value().equals(target)).findFirst().orElseThrow();
  }

  private static List<Enterprise> firms(int n, Recognition... recognitions) {
    return IntStream.range(0, n).mapToObj(i -> anyEnterprise("E" + i).addRecognitions(recognitions).build()).toList();
  }

  @Test
  void thirty_new_city_level_srdi_smes_in_a_year_meet_the_yearly_target() {
    TargetReport report = report(firms(30, citySrdi("2024-05-01")), "guilin.target.new-city-srdi", 2024, "2024-12-31");

    assertEquals(TargetStatus.MET, report.status());
    assertEquals(new BigDecimal("30"), report.required());
  }

  @Test
  void twenty_nine_fall_short_at_the_year_end_and_are_in_progress_before_it() {
    List<Enterprise> portfolio = new ArrayList<>(firms(29, citySrdi("2024-05-01")));
    portfolio.add(anyEnterprise("R").addRecognitions(
        Recognition.renewal(Title.SRDI_SME, Level.CITY, LocalDate.of(2024, 5, 1))).build());
    portfolio.add(anyEnterprise("P").addRecognitions(regionSrdi("2024-05-01")).build());

    TargetReport atYearEnd = report(portfolio, "guilin.target.new-city-srdi", 2024, "2024-12-31");
    TargetReport midYear = report(portfolio, "guilin.target.new-city-srdi", 2024, "2024-06-30");

    assertEquals(Optional.of(new BigDecimal("29")), atYearEnd.reached());
    assertEquals(Optional.of(BigDecimal.ONE), atYearEnd.gap());
    assertEquals(TargetStatus.NOT_MET, atYearEnd.status());
    assertEquals(TargetStatus.IN_PROGRESS, midYear.status());
  }

  @Test
  void the_number_of_srdi_smes_doubled_over_two_years_meets_the_doubling_target() {
    List<Enterprise> portfolio = new ArrayList<>(firms(2, citySrdi("2022-03-01")));
    portfolio.addAll(IntStream.range(0, 2)
        .mapToObj(i -> anyEnterprise("N" + i).addRecognitions(regionSrdi("2024-03-01")).build()).toList());

    TargetReport report = report(portfolio, "guilin.target.srdi-count-doubling", 2024, "2024-12-31");

    assertEquals(TargetStatus.MET, report.status());
    assertEquals(0, new BigDecimal("2").compareTo(report.reached().orElseThrow()));
    assertTrue(report.note().contains("on 2022-12-31"), report.note());
  }

  @Test
  void one_and_a_half_times_as_many_is_still_in_progress_as_the_deadline_is_unknown() {
    List<Enterprise> portfolio = new ArrayList<>(firms(2, citySrdi("2022-03-01")));
    portfolio.add(anyEnterprise("N").addRecognitions(citySrdi("2024-03-01")).build());

    TargetReport report = report(portfolio, "guilin.target.srdi-count-doubling", 2024, "2024-12-31");

    assertEquals(TargetStatus.IN_PROGRESS, report.status());
    assertEquals(0, new BigDecimal("1.5").compareTo(report.reached().orElseThrow()));
    assertTrue(report.note().contains("deadline unknown"), report.note());
  }

  @Test
  void with_no_srdi_sme_two_years_earlier_the_doubling_cannot_be_measured() {
    TargetReport report = report(firms(3, citySrdi("2024-03-01")), "guilin.target.srdi-count-doubling", 2024,
        "2024-12-31");

    assertEquals(TargetStatus.NOT_MEASURABLE, report.status());
  }

  @Test
  void the_total_output_of_srdi_smes_doubled_over_three_years_meets_the_output_target() {
    Enterprise old = anyEnterprise("A").addRecognitions(citySrdi("2021-03-01"), regionSrdi("2024-01-01"))
        .addFinancials(figures(2021, "30000000", "1"), figures(2024, "50000000", "1")).build();
    Enterprise other = anyEnterprise("B").addRecognitions(citySrdi("2021-06-01"), citySrdi("2024-06-01"))
        .addFinancials(figures(2021, "20000000", "1"), figures(2024, "50000000", "1")).build();

    TargetReport report = report(List.of(old, other), "guilin.target.srdi-output-doubling", 2024, "2024-12-31");

    assertEquals(TargetStatus.MET, report.status());
    assertTrue(report.note().contains("100000000.00 in 2024 against 50000000.00 in 2021"), report.note());
  }

  @Test
  void a_missing_output_figure_makes_the_output_target_not_measurable_rather_than_a_guess() {
    Enterprise old = anyEnterprise("A").addRecognitions(citySrdi("2021-03-01"), regionSrdi("2024-01-01"))
        .addFinancials(figures(2021, "30000000", "1")).build();

    TargetReport report = report(List.of(old), "guilin.target.srdi-output-doubling", 2024, "2024-12-31");

    assertEquals(TargetStatus.NOT_MEASURABLE, report.status());
    assertTrue(report.note().contains("A (2024)"), report.note());
  }

  @Test
  void the_listing_reserve_is_not_measurable_from_the_facts() {
    TargetReport report = report(firms(12, citySrdi("2024-03-01")), "guilin.target.listing-reserve", 2024,
        "2024-12-31");

    assertEquals(TargetStatus.NOT_MEASURABLE, report.status());
    assertEquals(new BigDecimal("10"), report.required());
  }

  @Test
  void five_srdi_smes_listed_by_2025_meet_the_listing_target() {
    List<Enterprise> listed = IntStream.range(0, 5).mapToObj(i -> anyEnterprise("L" + i)
        .addRecognitions(citySrdi("2024-03-01")).addAchievements(achievement("LISTING", "2025-10-01")).build()).toList();

    assertEquals(TargetStatus.MET, report(listed, "guilin.target.listed", 2025, "2025-12-31").status());
  }

  @Test
  void four_srdi_listings_and_one_by_a_firm_that_is_no_srdi_sme_miss_it_at_the_deadline() {
    List<Enterprise> portfolio = new ArrayList<>(IntStream.range(0, 4).mapToObj(i -> anyEnterprise("L" + i)
        .addRecognitions(citySrdi("2024-03-01")).addAchievements(achievement("LISTING", "2025-10-01")).build()).toList());
    portfolio.add(anyEnterprise("X").addAchievements(achievement("LISTING", "2025-10-01")).build());
    portfolio.add(anyEnterprise("Late").addRecognitions(citySrdi("2024-03-01"))
        .addAchievements(achievement("LISTING", "2026-01-05")).build());

    TargetReport atDeadline = report(portfolio, "guilin.target.listed", 2025, "2025-12-31");
    TargetReport before = report(portfolio, "guilin.target.listed", 2025, "2025-06-30");
    TargetReport after = report(portfolio, "guilin.target.listed", 2026, "2026-12-31");

    assertEquals(Optional.of(new BigDecimal("4")), atDeadline.reached());
    assertEquals(TargetStatus.NOT_MET, atDeadline.status());
    assertEquals(TargetStatus.IN_PROGRESS, before.status());
    assertEquals(Optional.of(new BigDecimal("4")), after.reached());
  }

  @Test
  void two_hundred_managers_trained_a_year_is_not_measurable_from_enterprises() {
    TargetReport report = report(firms(1, citySrdi("2024-03-01")), "guilin.target.managers-trained", 2024,
        "2024-12-31");

    assertEquals(TargetStatus.NOT_MEASURABLE, report.status());
    assertEquals(new BigDecimal("200"), report.required());
  }
}
