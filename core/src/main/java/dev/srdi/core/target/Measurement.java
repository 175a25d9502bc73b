package dev.srdi.core.target;

import java.math.BigDecimal;
import java.util.Objects;

/** What a metric found in a portfolio, or why a portfolio cannot show it. */
public sealed interface Measurement permits Measurement.Measured, Measurement.NotMeasurable {

  static Measurement of(BigDecimal value, String basis) {
    return new Measured(value, basis);
  }

  static Measurement of(long value, String basis) {
    return new Measured(BigDecimal.valueOf(value), basis);
  }

  static Measurement notMeasurable(String reason) {
    return new NotMeasurable(reason);
  }

  record Measured(BigDecimal value, String basis) implements Measurement {
    public Measured {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(basis, "basis");
    }
  }

  record NotMeasurable(String reason) implements Measurement {
    public NotMeasurable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
