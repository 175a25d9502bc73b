package dev.srdi.cli;

/** How a command writes its result: a table for people, the contract's JSON, or CSV for spreadsheets. */
public enum Format {
  TABLE,
  JSON,
  CSV
}
