package dev.srdi.core.target;

/** Where a target stands in a report. */
public enum TargetStatus {
  MET,
  /** Not reached yet, and the deadline has not passed. */
  IN_PROGRESS,
  NOT_MET,
  NOT_MEASURABLE
}
