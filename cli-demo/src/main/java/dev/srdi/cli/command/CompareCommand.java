package dev.srdi.cli.command;

import dev.srdi.cli.ScenarioOption;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Comparison;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.Threads;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.Problems;
import dev.srdi.cli.YearConverter;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi compare}: the same enterprises under every loaded jurisdiction, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compares what the same enterprises get in every loaded jurisdiction, side by side.",
        "What each firm would get in each city, with totals. Amounts count EXACT awards and UP_TO caps."})
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;

  @Mixin ScenarioOption scenario;

  @Option(names = "--year", paramLabel = "YEAR", converter = YearConverter.class,
      description = "Keep only entitlements of this year (1900 to 2100).")
  Integer year;


  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that evaluate the cities, one city a thread (default: the available processors; 1 = one at a time);"
          + " the output is the same bytes.")
  Integer threads;

  private final Provider<Srdi> srdi;

  @Inject
  CompareCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get().withThreads(Threads.resolve(threads));
    Scenario loaded = scenario.load(api);
    Comparison comparison = api.compare(loaded).getOrElseThrow(Problems::usage);
    if (year != null) {
      comparison = comparison.onlyYear(year);
    }
    List<Jurisdiction> jurisdictions = comparison.jurisdictions();
    String text = switch (format.format()) {
      case JSON -> comparison.toJson();
      case CSV -> csv(comparison, loaded.enterprises());
      case TABLE -> table(comparison, loaded.enterprises(), jurisdictions);
    };
    spec.commandLine().getOut().print(format.encoded(text));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private String table(Comparison c, List<Enterprise> enterprises, List<Jurisdiction> jurisdictions) {
    var columns = new ArrayList<Column>();
    columns.add(Column.left("Enterprise 企业", 36));
    jurisdictions.forEach(j -> columns.add(Column.right(j.nameZh() + " " + j.nameEn())));
    var table = TextTable.of(columns.toArray(Column[]::new));
    for (int e = 0; e < enterprises.size(); e++) {
      var row = new ArrayList<String>();
      Enterprise enterprise = enterprises.get(e);
      row.add(enterprise.id() + enterprise.name().map(n -> "\n" + n).orElse(""));
      for (int j = 0; j < jurisdictions.size(); j++) {
        var result = c.result(j, e);
        row.add(result.isFailed() ? "FAILED 未能评估\n(plugin error)"
            : Amounts.grouped(result.total()) + "\n" + result.entitlements().size() + " award(s)");
      }
      table.row(row);
    }
    var totals = new ArrayList<String>();
    totals.add("Total 合计 (" + enterprises.size() + ")");
    for (int j = 0; j < jurisdictions.size(); j++) {
      totals.add(Amounts.grouped(c.total(j)));
    }
    table.rule().row(totals);
    return "Compare 对比 — as of " + c.asOf() + (year != null ? ", year " + year : "")
        + " (yuan; EXACT amounts and UP_TO caps)\n" + table.render();
  }

  /** The first column says whether a row is an enterprise or the total, so that no id can pass for a total. */
  private static String csv(Comparison c, List<Enterprise> enterprises) {
    var header = new ArrayList<String>(List.of("kind", "enterprise", "name"));
    c.jurisdictions().forEach(j -> header.add(j.id().value()));
    var out = new StringBuilder(Csv.row(header));
    for (int e = 0; e < enterprises.size(); e++) {
      var row = new ArrayList<String>(List.of("enterprise", enterprises.get(e).id().value(),
          enterprises.get(e).name().orElse("")));
      for (int j = 0; j < c.results().size(); j++) {
        row.add(c.result(j, e).isFailed() ? "failed" : c.result(j, e).total().toFenString());
      }
      out.append(Csv.row(row));
    }
    var totals = new ArrayList<String>(List.of("total", "", ""));
    for (int j = 0; j < c.results().size(); j++) {
      totals.add(c.total(j).toFenString());
    }
    return out.append(Csv.row(totals)).toString();
  }
}
