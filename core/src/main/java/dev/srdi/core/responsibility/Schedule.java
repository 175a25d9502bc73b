package dev.srdi.core.responsibility;

import dev.srdi.core.parameter.Parameter;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** When a recurring duty falls due. */
public sealed interface Schedule
    permits Schedule.Monthly, Schedule.MonthlyByParameter, Schedule.MonthEnd, Schedule.Quarterly, Schedule.Yearly {

  /**
   * The deadlines that fall in the given month.
   *
   * @param month the month
   * @return the days, in order; empty when none falls in it
   */
  List<LocalDate> dueIn(YearMonth month);

  /** {@return the schedule in words, with the text's term, e.g. "monthly, by day 25 (每月25日前)"} */
  String describe();

  /**
   * Every month, on or before the given day ("每月25日前").
   *
   * @param dayOfMonth the day, from 1 to 28
   * @return the schedule
   */
  static Schedule monthlyBy(int dayOfMonth) {
    return new Monthly(dayOfMonth);
  }

  /**
   * Every month, by the day a parameter gives, as in force in the month asked.
   *
   * @param dayOfMonth the parameter holding the day, from 1 to 28
   * @return the schedule
   */
  static Schedule monthlyBy(Parameter<Integer> dayOfMonth) {
    return new MonthlyByParameter(dayOfMonth);
  }

  /**
   * Every month, by its last day, where the text names no day ("月分析").
   *
   * @return the schedule
   */
  static Schedule monthEnd() {
    return new MonthEnd();
  }

  /**
   * Every quarter, by its last day ("季考核").
   *
   * @return the schedule
   */
  static Schedule quarterly() {
    return new Quarterly();
  }

  /**
   * Every year, by a day of the year ("每年").
   *
   * @param deadline the day of the year
   * @return the schedule
   */
  static Schedule yearlyBy(MonthDay deadline) {
    return new Yearly(deadline);
  }

  /**
   * Every month, on or before the given day ("每月25日前").
   *
   * @param dayOfMonth the day, from 1 to 28 (so that every month has it)
   */
  record Monthly(int dayOfMonth) implements Schedule {
    /**
     * Rejects a day that some month lacks.
     *
     * @param dayOfMonth the day
     * @throws IllegalArgumentException when it is not from 1 to 28
     */
    public Monthly {
      if (dayOfMonth < 1 || dayOfMonth > 28) {
        throw new IllegalArgumentException("a monthly deadline is a day from 1 to 28: " + dayOfMonth);
      }
    }

    @Override public List<LocalDate> dueIn(YearMonth month) {
      return List.of(month.atDay(dayOfMonth));
    }

    @Override public String describe() {
      return "monthly, by day " + dayOfMonth + " (每月" + dayOfMonth + "日前)";
    }
  }

  /**
   * Every month, on or before the day a parameter gives ("每月25日前" with 25 in the table): the day in
   * force on the first of the month asked, so that a revised day applies from its month on; no
   * deadline in a month the parameter is not in force.
   *
   * @param dayOfMonth the parameter holding the day, each of its values from 1 to 28
   */
  record MonthlyByParameter(Parameter<Integer> dayOfMonth) implements Schedule {
    /**
     * Refuses a parameter with a value that is not a day every month has.
     *
     * @param dayOfMonth the parameter holding the day
     */
    public MonthlyByParameter {
      Objects.requireNonNull(dayOfMonth, "dayOfMonth");
      dayOfMonth.values().steps().forEach(step -> step.value().ifPresent(Monthly::new));
    }

    @Override public List<LocalDate> dueIn(YearMonth month) {
      return dayOfMonth.valueOn(month.atDay(1)).map(day -> List.of(month.atDay(day))).orElse(List.of());
    }

    @Override public String describe() {
      return new Monthly(dayOfMonth.defaultValue()).describe();
    }
  }

  /** Every month, by the month's last day. */
  record MonthEnd() implements Schedule {
    @Override public List<LocalDate> dueIn(YearMonth month) {
      return List.of(month.atEndOfMonth());
    }

    @Override public String describe() {
      return "monthly, by the month's last day (每月)";
    }
  }

  /** Every quarter, by its last day ("季考核"). */
  record Quarterly() implements Schedule {
    @Override public List<LocalDate> dueIn(YearMonth month) {
      return month.getMonthValue() % 3 == 0 ? List.of(month.atEndOfMonth()) : List.of();
    }

    @Override public String describe() {
      return "quarterly, by the quarter's last day (季)";
    }
  }

  /**
   * Every year, by a day of the year ("每年").
   *
   * @param deadline the day of the year
   */
  record Yearly(MonthDay deadline) implements Schedule {
    @Override public List<LocalDate> dueIn(YearMonth month) {
      return deadline.getMonth() == month.getMonth() ? List.of(deadline.atYear(month.getYear())) : List.of();
    }

    @Override public String describe() {
      return "yearly, by " + deadline.getMonthValue() + "-" + deadline.getDayOfMonth() + " (每年)";
    }
  }
}
