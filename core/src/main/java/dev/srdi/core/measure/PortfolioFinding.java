package dev.srdi.core.measure;

import java.util.Objects;

/** What a portfolio measure grants, to whom (e.g. "park P1"), and why. */
public record PortfolioFinding(MeasureId measure, String subject, boolean granted, String explanation) {
  public PortfolioFinding {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(explanation, "explanation");
  }
}
