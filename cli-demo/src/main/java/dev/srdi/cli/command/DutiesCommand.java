package dev.srdi.cli.command;

import dev.srdi.cli.JurisdictionOption;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Duties;
import dev.srdi.api.Srdi;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.Problems;
import dev.srdi.cli.view.DutiesView;
import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.Duty;
import dev.srdi.core.spi.Jurisdiction;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi duties}: who owes what, and what falls due in a month. */
@Command(name = "duties", mixinStandardHelpOptions = true,
    description = {"Shows who owes what: the responsibility matrix of a jurisdiction, by department.",
        "Each department's measures, tasks, targets and recurring duties, lead (牵头) kept apart from",
        "responsible (责任); with --month, what falls due then."})
public final class DutiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;

  @Mixin JurisdictionOption jurisdiction;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "Also list the recurring duties due in this month.")
  YearMonth month;

  private final Provider<Srdi> srdi;

  @Inject
  DutiesCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Duties duties = srdi.get().duties(jurisdiction.id(), Optional.ofNullable(month)).getOrElseThrow(Problems::usage);
    Jurisdiction j = duties.jurisdiction();
    List<Duty> matrix = duties.matrix();
    List<DueDuty> due = duties.due();
    String text = switch (format.format()) {
      case JSON -> duties.toJson();
      case CSV -> DutiesView.csv(matrix, due);
      case TABLE -> DutiesView.table(j, matrix, Optional.ofNullable(month), due);
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
