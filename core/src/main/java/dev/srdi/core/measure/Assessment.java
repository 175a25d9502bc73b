package dev.srdi.core.measure;

/** What a measure says of one event: it may earn the measure, or it does not, and why. */
public sealed interface Assessment permits Claim, NotEligible {
  /** {@return the measure the assessment is of} */
  MeasureId measure();
}
