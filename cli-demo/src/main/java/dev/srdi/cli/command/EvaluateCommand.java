package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Evaluation;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.JurisdictionOption;
import dev.srdi.cli.Problems;
import dev.srdi.cli.ScenarioFiles;
import dev.srdi.cli.ScenarioOption;
import dev.srdi.cli.ScopeOption;
import dev.srdi.cli.Threads;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.YearConverter;
import dev.srdi.cli.text.VisibleText;
import dev.srdi.cli.view.EvaluationView;
import dev.srdi.cli.view.NearMissView;
import dev.srdi.core.engine.NearMiss;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi evaluate}: what each enterprise of a scenario gets under one jurisdiction. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {
        "Shows what each enterprise of a scenario gets under one jurisdiction.",
        "Entitlements with amount, clause, fund and responsible units; non-monetary benefits; and each measure",
        "an enterprise does not qualify for, with the reason.",
        "A .jsonl scenario (one enterprise a line) streams: one output line per input line, in order; an invalid",
        "line yields {\"id\":…,\"line\":N,\"error\":…} in its place (exit 1); the summary goes to stderr.",
        "Portfolio measures (e.g. a park's ten firms) need the whole portfolio: use a .json scenario for them.",
        "Enterprises whose `jurisdiction` names another city are left out (a .jsonl line says \"skipped\")",
        "unless --all-enterprises is given.",
        "With --near-miss PCT it lists instead the awards an enterprise misses by at most PCT%% of one condition,",
        "what each would pay had it been met, and what that would cost each fund: the list a service officer calls first."})
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;
  @Mixin ScopeOption scope;

  @Mixin JurisdictionOption jurisdiction;

  @Mixin ScenarioOption scenario;

  @Option(names = "--year", paramLabel = "YEAR", converter = YearConverter.class,
      description = "Keep only entitlements of this year (1900 to 2100).")
  Integer year;

  @Option(names = "--near-miss", paramLabel = "PCT",
      description = "List the awards missed by at most PCT%% of one condition (0 to 100), with what each would cost the fund.")
  BigDecimal nearMiss;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that parse, validate, evaluate and format a .jsonl scenario's lines (default: the available "
          + "processors; 1 = one at a time); the output is the same bytes. A .json scenario is evaluated on one thread.")
  Integer threads;

  private final Provider<Srdi> srdi;

  @Inject
  EvaluateCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get();
    Jurisdiction j = jurisdiction.resolve(api);
    if (nearMiss != null) {
      return nearMisses(api, j);
    }
    int workers = Threads.resolve(threads);
    return scenario.isJsonLines() ? streamLines(api, j, workers) : evaluateDocument(api, j);
  }

  /**
   * The near misses of the enterprises the evaluation covers (the scope as for the evaluation), under the
   * text's values, as of the scenario's date: each one evaluated once more with the missed threshold at its
   * own value.
   */
  private int nearMisses(Srdi api, Jurisdiction j) {
    if (nearMiss.signum() < 0 || nearMiss.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new UsageException("--near-miss must be a percentage from 0 to 100, not " + nearMiss.toPlainString());
    }
    if (ScenarioFiles.isJsonLines(scenario.file())) {
      throw new UsageException("--near-miss needs a .json scenario: it reads the whole portfolio (parks included)");
    }
    if (year != null) {
      throw new UsageException("--near-miss lists every year's near misses: leave out --year");
    }
    Scenario loaded = scenario.load(api);
    Evaluation evaluation = api.evaluate(jurisdiction.id(), loaded, scope.scope()).getOrElseThrow(Problems::usage);
    scope.report(evaluation.leftOut(), j, spec.commandLine().getErr());
    LocalDate asOf = evaluation.result().asOf();
    List<NearMiss> misses = api.nearMisses(jurisdiction.id(), loaded, scope.scope(), nearMiss)
        .getOrElseThrow(Problems::usage);
    String text = switch (format.format()) {
      case JSON -> NearMissView.json(j, asOf, nearMiss, misses);
      case CSV -> NearMissView.csv(misses);
      case TABLE -> NearMissView.table(j, asOf, nearMiss, misses);
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private int evaluateDocument(Srdi api, Jurisdiction j) {
    Evaluation evaluation = api.evaluate(jurisdiction.id(), scenario.load(api), scope.scope())
        .getOrElseThrow(Problems::usage);
    scope.report(evaluation.leftOut(), j, spec.commandLine().getErr());
    if (year != null) {
      evaluation = evaluation.onlyYear(year);
    }
    String text = switch (format.format()) {
      case JSON -> evaluation.toJson();
      case CSV -> csv(evaluation.result());
      case TABLE -> EvaluationView.table(j, evaluation.result(), evaluation.enterprises());
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    // The others are evaluated and written; an enterprise its city's plugin failed on makes the run exit 1.
    var failures = evaluation.result().enterprises().stream().flatMap(r -> r.fault().stream()).toList();
    failures.forEach(f -> spec.commandLine().getErr().println("srdi: " + VisibleText.of(f.describe())));
    evaluation.result().faults().forEach(f -> spec.commandLine().getErr().println("srdi: " + VisibleText.of(f.describe())));
    return failures.isEmpty() && evaluation.result().faults().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
  }

  private static String csv(PortfolioResult result) {
    var out = new StringBuilder(dev.srdi.cli.text.Csv.row(EvaluationView.CSV_HEADER));
    result.enterprises().forEach(r -> out.append(EvaluationView.csvRows(r)));
    return out.toString();
  }

  private int streamLines(Srdi api, Jurisdiction j, int workers) {
    LocalDate asOf = scenario.asOf().orElseThrow(
        () -> new UsageException(scenario.file() + ": a .jsonl scenario needs --as-of YYYY-MM-DD"));
    try (var in = ScenarioFiles.lines(scenario.file())) {
      var run = new dev.srdi.cli.JsonLinesEvaluation(api, j, asOf, Optional.ofNullable(year), format.format(),
          scope.scope(), workers);
      var out = format.encoded(spec.commandLine().getOut());
      int code = run.run(in, out, spec.commandLine().getErr());
      out.flush();
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
