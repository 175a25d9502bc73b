package dev.srdi.cli.command;

import dev.srdi.cli.ScenarioOption;
import dev.srdi.cli.JurisdictionOption;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Srdi;
import dev.srdi.api.Targets;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.Problems;
import dev.srdi.cli.YearConverter;
import dev.srdi.cli.ScopeOption;
import dev.srdi.cli.view.TargetsView;
import dev.srdi.core.spi.Jurisdiction;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi targets}: a city's numeric targets against a portfolio. */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = {"Reports a jurisdiction's numeric targets against the scenario's portfolio for a year.",
        "Required, reached and gap (70%%, ×2, counts plain), status and responsible units.",
        "Targets no portfolio can show say so."})
public final class TargetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;
  @Mixin ScopeOption scope;

  @Mixin JurisdictionOption jurisdiction;

  @Mixin ScenarioOption scenario;

  @Option(names = "--year", required = true, paramLabel = "YEAR", converter = YearConverter.class,
      description = "The year the report is for (1900 to 2100).")
  int year;


  private final Provider<Srdi> srdi;

  @Inject
  TargetsCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get();
    Jurisdiction j = jurisdiction.resolve(api);
    Targets report = api.targets(jurisdiction.id(), scenario.load(api), year, scope.scope())
        .getOrElseThrow(Problems::usage);
    scope.report(report.leftOut(), j, spec.commandLine().getErr());
    String text = switch (format.format()) {
      case JSON -> report.toJson();
      case CSV -> TargetsView.csv(report.reports());
      case TABLE -> TargetsView.table(j, year, report.asOf(), report.reports(), report.settings());
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

}
