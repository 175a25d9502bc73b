package dev.srdi.core.target;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One target against a portfolio: required, reached, the gap, its status and how it was read.
 *
 * @param target the target
 * @param required the value required, in the metric's unit
 * @param reached the value the portfolio shows, where it is measurable
 * @param gap required minus reached, zero once met; present where the target is measurable
 * @param status where the target stands
 * @param note how the value was read, or why it cannot be
 */
public record TargetReport(
    Target target, BigDecimal required, Optional<BigDecimal> reached, Optional<BigDecimal> gap, TargetStatus status, String note) {
  /**
   * Rejects a missing value.
   *
   * @param target the target
   * @param required the value required
   * @param reached the value reached, if measurable
   * @param gap the gap, if any
   * @param status the status
   * @param note how it was read
   */
  public TargetReport {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
  }
}
