package dev.srdi.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.ScenarioFiles;
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
        "Parses and validates it: exit 0, or exit 2 with every error on stderr, each by JSON path and line."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;

  @Option(names = {"-s", "--scenario"}, required = true, paramLabel = "FILE",
      description = "A srdi-scenario/1 .json file, or a .jsonl file of enterprises.")
  Path scenario;

  private final Provider<Srdi> srdi;

  @Inject
  ValidateCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
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
}
