package dev.srdi.core.target;

import dev.srdi.core.parameter.Parameter;
import java.time.LocalDate;
import java.util.Objects;

/** When a target must be reached: every year, or cumulatively by a deadline. */
public sealed interface TargetPeriod permits TargetPeriod.EveryYear, TargetPeriod.By, TargetPeriod.Within {

  /**
   * 每年: each year on its own.
   *
   * @return the period
   */
  static TargetPeriod everyYear() {
    return new EveryYear();
  }

  /**
   * 到 2025 年: cumulative by the deadline (inclusive).
   *
   * @param deadline the parameter giving the deadline
   * @return the period
   */
  static TargetPeriod by(Parameter<LocalDate> deadline) {
    return new By(deadline);
  }

  /**
   * Within a number of years of a start the text does not date (e.g. "2年内" of an undated trial measure).
   *
   * @param years the parameter giving the number of years
   * @param from the start, in words
   * @return the period
   */
  static TargetPeriod within(Parameter<Integer> years, String from) {
    return new Within(years, from);
  }

  /** 每年: the requirement applies to each year on its own. */
  record EveryYear() implements TargetPeriod {}

  /**
   * 到 2025 年: cumulative by the deadline (inclusive).
   *
   * @param deadline the parameter giving the deadline
   */
  record By(Parameter<LocalDate> deadline) implements TargetPeriod {
    /**
     * Rejects a missing deadline.
     *
     * @param deadline the deadline
     */
    public By {
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * Within a number of years of an undated start.
   *
   * @param years the parameter giving the number of years
   * @param from the start, in words
   */
  record Within(Parameter<Integer> years, String from) implements TargetPeriod {
    /**
     * Rejects a missing value.
     *
     * @param years the number of years
     * @param from the start, in words
     */
    public Within {
      Objects.requireNonNull(years, "years");
      Objects.requireNonNull(from, "from");
    }
  }
}
