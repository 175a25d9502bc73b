package dev.srdi.cli.command;

/** How {@code srdi document} writes the view: a table for a terminal, the contract's JSON, or one HTML page. */
public enum DocumentFormat {
  TABLE,
  JSON,
  HTML
}
