package dev.srdi.core.target;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One target against a portfolio: required, reached, the gap, its status and how it was read. */
public record TargetReport(
    Target target, BigDecimal required, Optional<BigDecimal> reached, Optional<BigDecimal> gap, TargetStatus status, String note) {
  public TargetReport {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
  }
}
