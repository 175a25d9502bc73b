package dev.srdi.core.testland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.Duty;
import dev.srdi.core.engine.ResponsibilityMatrix;
import dev.srdi.core.engine.Role;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.RecurringDuty;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.responsibility.Schedule;
import dev.srdi.core.responsibility.TaskId;
import dev.srdi.core.spi.ForwardingJurisdiction;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import dev.srdi.core.target.TargetReport;
import dev.srdi.core.target.TargetStatus;
import dev.srdi.testkit.TestKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Targets read from a portfolio, and the responsibility matrix with its due dates, on Testland plus targets. */
final class TargetsAndDutiesTest {
  private static final Citation YEARLY = Citation.of(TestlandParameters.GUILIN, "二、（二）", "每年培育入库30家以上市级“专精特新”中小企业");
  private static final Parameter<Integer> PER_YEAR = Parameter.of("testland.target.new-city-srdi", "new city SRDI a year",
      Unit.COUNT, 30, YEARLY);
  private static final Parameter<LocalDate> BY = Parameter.of("testland.target.listing-by", "deadline", Unit.DATE,
      LocalDate.of(2025, 12, 31), Citation.of(TestlandParameters.GUILIN, "五、（十）", "力争到2025年"));
  private static final Parameter<Integer> LISTED = Parameter.of("testland.target.listed", "listed", Unit.COUNT, 5,
      Citation.of(TestlandParameters.GUILIN, "五、（十）", "上市（挂牌）5家以上"));

  private static final Jurisdiction WITH_TARGETS = new ForwardingJurisdiction(new Testland()) {
    @Override public List<Parameter<?>> parameters() {
      return java.util.stream.Stream.concat(delegate().parameters().stream(), java.util.stream.Stream.of(PER_YEAR, BY, LISTED)).toList();
    }

    @Override public List<Target> targets() {
      return List.of(
          new Target(TargetId.of("testland.target.new-city-srdi"), "每年新增市级专精特新", "new city SRDI a year", YEARLY,
              Responsibility.responsible("市工业和信息化局"), PER_YEAR, TargetPeriod.everyYear(),
              Metric.count("new city-level SRDI recognitions in the year", (e, q) -> e.recognitions().stream()
                  .anyMatch(r -> r.is(Title.SRDI_SME, Level.CITY) && r.isNew() && r.date().getYear() == q.year()))),
          new Target(TargetId.of("testland.target.listed"), "上市5家", "five listed", LISTED.citation(),
              Responsibility.responsible("市财政局"), LISTED, TargetPeriod.by(BY),
              Metric.notMeasurable("no LISTING facts in this test")));
    }

    @Override public List<RecurringDuty> duties() {
      return List.of(new RecurringDuty(TaskId.of("testland.duty.report"), "月报", "monthly report", Schedule.monthlyBy(25),
          YEARLY, Responsibility.ledBy(List.of("市工业和信息化局"), List.of("市财政局"))));
    }
  };

  private static Portfolio firmsRecognisedIn(int count, int year) {
    return Portfolio.of(IntStream.range(0, count).mapToObj(i -> Enterprise.builder().id(EnterpriseId.of("E" + i))
        .addRecognitions(Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.of(year, 6, 1))).build()).toList());
  }

  private static List<TargetReport> report(Portfolio p, int year, LocalDate asOf) {
    return TestKit.engine().targets(WITH_TARGETS, p, year, asOf, TestKit.settings(WITH_TARGETS, Overrides.none()));
  }

  @Test
  void thirty_new_city_srdi_firms_in_a_year_meet_the_yearly_target() {
    TargetReport r = report(firmsRecognisedIn(30, 2024), 2024, LocalDate.of(2024, 12, 31)).get(0);
    assertEquals(TargetStatus.MET, r.status());
    assertEquals(0, r.gap().orElseThrow().signum());
  }

  @Test
  void twenty_nine_leave_a_gap_of_one_and_miss_it_once_the_year_is_over() {
    TargetReport r = report(firmsRecognisedIn(29, 2024), 2024, LocalDate.of(2024, 12, 31)).get(0);
    assertEquals(TargetStatus.NOT_MET, r.status());
    assertEquals(BigDecimal.ONE, r.gap().orElseThrow());
    assertEquals(TargetStatus.IN_PROGRESS, report(firmsRecognisedIn(29, 2024), 2024, LocalDate.of(2024, 6, 30)).get(0).status());
  }

  @Test
  void a_target_the_portfolio_cannot_show_says_so() {
    TargetReport r = report(firmsRecognisedIn(1, 2024), 2024, LocalDate.of(2024, 12, 31)).get(1);
    assertEquals(TargetStatus.NOT_MEASURABLE, r.status());
    assertTrue(r.note().contains("no LISTING facts"));
  }

  @Test
  void the_matrix_keeps_lead_and_responsible_units_apart() {
    List<Duty> duties = ResponsibilityMatrix.of(WITH_TARGETS).stream()
        .filter(d -> d.itemId().equals("testland.duty.report")).toList();
    assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE), duties.stream().map(Duty::role).toList());
    assertEquals("市工业和信息化局", duties.get(0).department().value());
  }

  @Test
  void a_department_the_text_spells_two_ways_is_one_row_of_the_matrix() {
    Jurisdiction twoSpellings = new Jurisdiction() {
      @Override public JurisdictionId id() {
        return JurisdictionId.of("spellings");
      }

      @Override public String nameZh() {
        return "拼写市";
      }

      @Override public String nameEn() {
        return "Spellings";
      }

      @Override public List<Department> departments() {
        return List.of(Department.of("市发展改革局", "Development and Reform Bureau").alsoWrittenAs("市发展改革委"));
      }

      @Override public List<dev.srdi.core.responsibility.Task> tasks() {
        return List.of(
            dev.srdi.core.responsibility.Task.of("spellings.task.a", "甲", "a", "a", YEARLY,
                Responsibility.responsible("市发展改革局")),
            dev.srdi.core.responsibility.Task.of("spellings.task.b", "乙", "b", "b", YEARLY,
                Responsibility.responsible("市发展改革委")));
      }
    };
    List<Duty> matrix = ResponsibilityMatrix.of(twoSpellings);
    assertEquals(List.of("市发展改革局", "市发展改革局"), matrix.stream().map(d -> d.department().value()).toList());
    assertEquals(List.of("spellings.task.a", "spellings.task.b"), matrix.stream().map(Duty::itemId).toList());
    assertTrue(dev.srdi.core.spi.JurisdictionCheck.problems(twoSpellings).stream()
        .noneMatch(p -> p.contains("市发展改革委")), "an alias counts as declared");
  }

  @Test
  void the_monthly_report_is_due_on_the_25th() {
    var due = ResponsibilityMatrix.dueIn(WITH_TARGETS, YearMonth.of(2025, 3));
    assertEquals(LocalDate.of(2025, 3, 25), due.get(0).due());
  }
}
