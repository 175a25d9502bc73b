package dev.srdi.core.measure;

import java.util.Objects;

/**
 * What a portfolio measure grants, to whom (e.g. "park P1"), and why.
 *
 * @param measure the measure
 * @param subject who or what it concerns, in words, e.g. "park P1"
 * @param granted whether the measure is granted
 * @param explanation why, in words
 */
public record PortfolioFinding(MeasureId measure, String subject, boolean granted, String explanation) {
  /**
   * Rejects a missing value.
   *
   * @param measure the measure
   * @param subject who or what it concerns
   * @param granted whether it is granted
   * @param explanation why
   */
  public PortfolioFinding {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(explanation, "explanation");
  }
}
