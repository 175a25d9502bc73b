package dev.srdi.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option every command that prints a result shares. */
public final class FormatOption {
  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "table|json|csv",
      description = "table (for people, the default), json (the contract) or csv.")
  Format format = Format.TABLE;

  public Format format() {
    return format;
  }
}
