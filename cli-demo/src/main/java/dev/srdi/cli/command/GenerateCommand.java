package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.OutputFailed;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.generate.PortfolioGenerator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi generate}: a synthetic, reproducible portfolio as JSON Lines. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic, reproducible portfolio as JSON Lines (one enterprise a line).",
        "Enterprises across every loaded city; the same seed and cities give the same bytes. Achievements use only",
        "the types each city declares.",
        "Example: srdi generate --enterprises 10000 --seed 7 > p.jsonl && srdi evaluate -j guilin -s p.jsonl --as-of 2025-12-31"})
public final class GenerateCommand implements Callable<Integer> {
  private static final int WRITE_CHECK_EVERY = 1_000;

  private static final int MAX = 10_000_000;

  @Spec CommandSpec spec;

  @Option(names = {"-n", "--enterprises"}, required = true, paramLabel = "N", description = "How many enterprises (0 to 10,000,000).")
  int enterprises;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The random seed (default ${DEFAULT-VALUE}).")
  long seed;

  private final Provider<Srdi> srdi;

  @Inject
  GenerateCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    if (enterprises < 0 || enterprises > MAX) {
      throw new UsageException("--enterprises must be between 0 and " + MAX + ", not " + enterprises);
    }
    var generator = new PortfolioGenerator(seed, srdi.get().jurisdictions());
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < enterprises; i++) {
      // Every so many lines, a closed pipe or a full disk stops the run instead of generating into the void.
      if (i % WRITE_CHECK_EVERY == 0 && out.checkError()) {
        throw new OutputFailed(i);
      }
      out.print(Json.compact(generator.next()));
      out.print('\n');
    }
    if (out.checkError()) {
      throw new OutputFailed(enterprises);
    }
    return ExitCode.OK;
  }
}
