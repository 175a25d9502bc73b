package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Budget;
import dev.srdi.api.PortfolioWhatIf;
import dev.srdi.api.Reform;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.WhatIf;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.Threads;
import dev.srdi.cli.OverrideOptions;
import dev.srdi.cli.Problems;
import dev.srdi.cli.ScenarioFiles;
import dev.srdi.cli.ScenarioOption;
import dev.srdi.cli.ScopeOption;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.view.PortfolioWhatIfView;
import dev.srdi.cli.view.WhatIfView;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.spi.Jurisdiction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code srdi whatif}: the same portfolio under the defaults and under changed parameters or interpretations. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = {"Shows how changed parameters or interpretations change what a portfolio gets.",
        "Baseline (the text's defaults) against the variant: per enterprise, in total and by funding source.",
        "Without -j (or with --all-jurisdictions) every enterprise is evaluated under the city it names, and the",
        "costs are given per city, per fund (short ids, full names beside them) and per year, with budgets.",
        "Parameter ids and values: `srdi measures -j ID`. Reform files: seeds/examples/reforms/.",
        "Example: srdi whatif -j guilin -s s.json --set guilin.growth-award.cap=800000",
        "Example: srdi whatif -s portfolio.jsonl --as-of 2025-12-31 --reform r.yaml --budget guilin.fund-1=1000000@2025"})
public final class WhatIfCommand implements Callable<Integer> {
  private static final Pattern BUDGET = Pattern.compile("([^=]+)=([0-9]+(?:\\.[0-9]{1,2})?)(?:@([0-9]{4}))?");

  @Spec CommandSpec spec;
  @Mixin FormatOption format;
  @Mixin ScopeOption scope;

  @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID",
      description = "One jurisdiction (see `srdi jurisdictions`); without it, every city at once.")
  String jurisdiction;

  @Option(names = "--all-jurisdictions",
      description = "Every city at once, each enterprise under the city it names (the default without -j).")
  boolean allJurisdictions;

  @Mixin ScenarioOption scenario;

  @Mixin OverrideOptions overrideOptions;

  @Option(names = "--reform", paramLabel = "FILE",
      description = "A srdi-reform/1 file, YAML or JSON (repeatable): title, description, parameters, interpretations, budgets.")
  List<Path> reforms = new ArrayList<>();

  @Option(names = "--budget", paramLabel = "FUND=AMOUNT[@YEAR]",
      description = "A fund's budget in yuan, for one year or each year (repeatable; every city at once only),"
          + " e.g. --budget guilin.fund-1=1000000@2025. Never prorated.")
  List<String> budgets = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for every city at once, one city a thread (default: the available processors; 1 = one at a time); "
          + "one city (-j) runs on one thread. The output is the same bytes.")
  Integer threads;

  private final Provider<Srdi> srdi;

  @Inject
  WhatIfCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get().withThreads(Threads.resolve(threads));
    if (jurisdiction != null && allJurisdictions) {
      throw new ParameterException(spec.commandLine(), "give -j ID or --all-jurisdictions, not both");
    }
    Reform reform = reform(api);
    String text = jurisdiction == null ? everyCity(api, reform) : oneCity(api, reform);
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private String oneCity(Srdi api, Reform reform) {
    if (!reform.budgets().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "budgets are checked over every city at once: leave out -j");
    }
    Jurisdiction j = api.jurisdiction(jurisdiction).getOrElseThrow(Problems::usage);
    WhatIf result = api.whatIf(jurisdiction, scenario.load(api), reform.overrides(), scope.scope())
        .getOrElseThrow(Problems::usage);
    scope.report(result.leftOut(), j, spec.commandLine().getErr());
    return switch (format.format()) {
      case JSON -> result.toJson();
      case CSV -> WhatIfView.csv(result.result(), result.overrides());
      case TABLE -> WhatIfView.table(j, result.result(), result.overrides(), result.enterprises());
    };
  }

  private String everyCity(Srdi api, Reform reform) {
    Scenario portfolio = scenario.load(api);
    PortfolioWhatIf result = api.whatIf(portfolio, reform).getOrElseThrow(Problems::usage);
    if (!result.leftOut().isEmpty()) {
      spec.commandLine().getErr().println("srdi: left out " + result.leftOut().size()
          + " enterprise(s) that name no loaded city, or none: which city's policy pays them is not known");
      spec.commandLine().getErr().flush();
    }
    return switch (format.format()) {
      case JSON -> result.toJson();
      case CSV -> PortfolioWhatIfView.csv(result);
      case TABLE -> PortfolioWhatIfView.table(result);
    };
  }

  /** The reform files, then --set, --interpretation and --budget, as one reform; a name given twice is a usage error. */
  private Reform reform(Srdi api) {
    Reform all = Reform.none();
    for (Path file : reforms) {
      Reform read = api.readReform(ScenarioFiles.text(file))
          .getOrElseThrow(p -> ScenarioFiles.invalid(file, Problems.inputErrors(p)));
      all = and(all, read, file.toString());
    }
    Overrides given = overrideOptions.overrides();
    var budgetList = new ArrayList<Budget>();
    for (String b : budgets) {
      Matcher m = BUDGET.matcher(b);
      if (!m.matches()) {
        throw new ParameterException(spec.commandLine(), "--budget " + b + ": give FUND=AMOUNT or FUND=AMOUNT@YEAR,"
            + " the amount in yuan, e.g. guilin.fund-1=1000000@2025");
      }
      budgetList.add(new Budget(m.group(1), Money.yuan(m.group(2)),
          Optional.ofNullable(m.group(3)).map(Integer::valueOf)));
    }
    return and(all, new Reform(Optional.empty(), Optional.empty(), given, budgetList), "the command line");
  }

  private Reform and(Reform so, Reform next, String where) {
    return so.and(next).getOrElseThrow(twice -> new UsageException(where + " sets again what an earlier reform sets: "
        + String.join(", ", twice) + "; give each once"));
  }
}
