package dev.srdi.core.target;

import java.math.BigDecimal;
import java.util.Objects;

/** What a metric found in a portfolio, or why a portfolio cannot show it. */
public sealed interface Measurement permits Measurement.Measured, Measurement.NotMeasurable {

  /**
   * A value the portfolio shows.
   *
   * @param value the value, in the target's unit
   * @param basis how it was read, in words
   * @return the measurement
   */
  static Measurement of(BigDecimal value, String basis) {
    return new Measured(value, basis);
  }

  /**
   * A count the portfolio shows.
   *
   * @param value the count
   * @param basis how it was read, in words
   * @return the measurement
   */
  static Measurement of(long value, String basis) {
    return new Measured(BigDecimal.valueOf(value), basis);
  }

  /**
   * What a portfolio cannot show.
   *
   * @param reason why, in words
   * @return the measurement
   */
  static Measurement notMeasurable(String reason) {
    return new NotMeasurable(reason);
  }

  /**
   * A value the portfolio shows.
   *
   * @param value the value, in the target's unit (a count, a percent, a factor)
   * @param basis how it was read, e.g. "provincial SRDI SMEs (7 of 10)"
   */
  record Measured(BigDecimal value, String basis) implements Measurement {
    /**
     * Rejects a missing value.
     *
     * @param value the value
     * @param basis how it was read
     */
    public Measured {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * What a portfolio of enterprises cannot show (job fairs held, people trained).
   *
   * @param reason why, in words
   */
  record NotMeasurable(String reason) implements Measurement {
    /**
     * Rejects a missing reason.
     *
     * @param reason why
     */
    public NotMeasurable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
