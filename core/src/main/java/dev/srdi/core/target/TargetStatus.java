package dev.srdi.core.target;

/** Where a target stands in a report. */
public enum TargetStatus {
  /** Reached. */
  MET,
  /** Not reached yet, and the deadline has not passed. */
  IN_PROGRESS,
  /** Not reached, and the deadline (or the year) has passed. */
  NOT_MET,
  /** A portfolio of enterprises cannot show it. */
  NOT_MEASURABLE
}
