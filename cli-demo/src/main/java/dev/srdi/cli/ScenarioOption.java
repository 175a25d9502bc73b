package dev.srdi.cli;

import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code -s/--scenario FILE} and {@code --as-of DATE}, shared by every command that evaluates a scenario. */
public final class ScenarioOption {
  @Option(names = {"-s", "--scenario"}, required = true, paramLabel = "FILE",
      description = "A srdi-scenario/1 .json file, or a .jsonl file of enterprises; - reads the standard input.")
  Path file;

  @Option(names = "--stdin-format", paramLabel = "json|jsonl", defaultValue = "json",
      description = "What -s - reads: a srdi-scenario/1 document (json, the default) or JSON Lines (jsonl).")
  StdinFormat stdinFormat = StdinFormat.JSON;

  /** What the standard input holds. */
  public enum StdinFormat { JSON, JSONL }

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day of the evaluation; overrides the scenario's asOf; required for .jsonl.")
  LocalDate asOf;

  public Path file() {
    return file;
  }

  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** Whether the scenario is JSON Lines: a .jsonl file, or the standard input with --stdin-format jsonl. */
  public boolean isJsonLines() {
    return file.equals(ScenarioFiles.STDIN) ? stdinFormat == StdinFormat.JSONL : ScenarioFiles.isJsonLines(file);
  }

  /** The whole scenario, validated (exit 2 with every error), with its as-of date settled. */
  public Scenario load(Srdi srdi) {
    return ScenarioFiles.load(srdi, file, isJsonLines(), asOf());
  }
}
