package dev.srdi.core.check;

/** How much a finding matters: an error is a plugin that contradicts its text; a warning is worth a reader's look. */
public enum Severity {
  /** The plugin contradicts its text: the build fails. */
  ERROR,
  /** Worth a reader's look (a cap that never binds, a switch that changes nothing). */
  WARNING,
  /** For information (how an overlap is resolved, where a cap starts to bind). */
  INFO
}
