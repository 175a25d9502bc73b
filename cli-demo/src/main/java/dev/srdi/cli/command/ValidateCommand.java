package dev.srdi.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.lines.PortfolioCheck;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.ScenarioFiles;
import dev.srdi.cli.Threads;
import dev.srdi.cli.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi validate}: parse and validate only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks a scenario (.json or .jsonl) without evaluating it.",
        "Parses and validates it: exit 0, or exit 2 with every error on stderr, each by JSON path and line.",
        "A .jsonl scenario streams: memory stays flat however many lines (each id is remembered in a few dozen bytes",
        "to find repeated ones)."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;

  @Option(names = {"-s", "--scenario"}, required = true, paramLabel = "FILE",
      description = "A srdi-scenario/1 .json file, or a .jsonl file of enterprises.")
  Path scenario;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse and validate a .jsonl scenario's lines (default: the available processors; "
          + "1 = one at a time); the result is the same. A .json scenario is read on one thread.")
  Integer threads;

  private final Provider<Srdi> srdi;

  @Inject
  ValidateCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    int workers = Threads.resolve(threads);
    if (ScenarioFiles.isJsonLines(scenario)) {
      return streamLines(workers);
    }
    Scenario read = ScenarioFiles.read(srdi.get(), scenario);
    String text = switch (format.format()) {
      case JSON -> {
        ObjectNode out = Json.object();
        out.put("valid", true);
        out.put("enterprises", read.enterprises().size());
        out.put("parks", read.parks().size());
        read.asOf().ifPresent(d -> out.put("asOf", d.toString()));
        yield Json.pretty(out);
      }
      case CSV -> "valid,enterprises,parks\ntrue," + read.enterprises().size() + "," + read.parks().size() + "\n";
      case TABLE -> scenario + ": valid — " + read.enterprises().size() + " enterprise(s), " + read.parks().size()
          + " park(s)" + read.asOf().map(d -> ", as of " + d).orElse("") + "\n";
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /** A .jsonl scenario, read line by line and not kept; the same answer as reading it whole, and no as-of date. */
  private int streamLines(int workers) {
    PortfolioCheck.Result checked;
    // A bar on stderr when it is a terminal, counting the lines read (a stream's length is not known).
    try (Utf8Lines in = ScenarioFiles.lines(scenario);
        var progress = dev.srdi.cli.terminal.Progress.onStderr("validate", "records", -1)) {
      checked = new PortfolioCheck(srdi.get(), workers).run(() -> {
        Utf8Lines.Line line = in.next();
        if (line != null) {
          progress.done(line.number(), -1);
        }
        return line;
      });
    } catch (IOException e) {
      throw new UsageException(scenario + ": cannot read: " + e.getMessage());
    }
    if (!checked.errors().isEmpty()) {
      throw ScenarioFiles.invalid(scenario, io.vavr.collection.List.ofAll(checked.errors()));
    }
    int enterprises = checked.enterprises();
    String text = switch (format.format()) {
      case JSON -> {
        ObjectNode out = Json.object();
        out.put("valid", true);
        out.put("enterprises", enterprises);
        out.put("parks", 0);
        yield Json.pretty(out);
      }
      case CSV -> "valid,enterprises,parks\ntrue," + enterprises + ",0\n";
      case TABLE -> scenario + ": valid — " + enterprises + " enterprise(s), 0 park(s)\n";
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
