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
      description = "A srdi-scenario/1 .json file, or a .jsonl file of enterprises.")
  Path file;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day of the evaluation; overrides the scenario's asOf; required for .jsonl.")
  LocalDate asOf;

  public Path file() {
    return file;
  }

  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The whole scenario, validated (exit 2 with every error), with its as-of date settled. */
  public Scenario load(Srdi srdi) {
    return ScenarioFiles.load(srdi, file, asOf());
  }
}
