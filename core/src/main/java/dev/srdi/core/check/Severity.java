package dev.srdi.core.check;

/** How much a finding matters: an error is a plugin that contradicts its text; a warning is worth a reader's look. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
