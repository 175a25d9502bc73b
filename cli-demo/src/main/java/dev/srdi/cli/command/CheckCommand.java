package dev.srdi.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Problem;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.OverrideOptions;
import dev.srdi.cli.Problems;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.cli.view.Labels;
import dev.srdi.core.check.Finding;
import dev.srdi.core.check.PolicyCheck;
import dev.srdi.core.check.Severity;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi check}: the policy linter, over one city or all. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a city's encoded policy for gaps, overlaps and contradictions, each finding with its clause.",
        "As decision-table tools do: caps that never bind, brackets with gaps or overlaps, two awards for one",
        "event with no stacking rule, numbers that differ from their quote, duties and targets outside their",
        "document's window, amount kinds against their wording, interpretations that change nothing on a",
        "generated sample. With --set/--interpretation the check runs on the changed parameters (what-if aware).",
        "Exit 0 with the findings printed; with --strict, 1 if there is an ERROR finding.",
        "Example: srdi check -j guilin --set guilin.growth-award.rate=6‰"})
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OverrideOptions overrideOptions;

  @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID",
      description = "The jurisdiction (see `srdi jurisdictions`); every loaded one if absent.")
  String jurisdiction;

  @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "table|json",
      description = "table (for people, the default) or json.")
  Kind format = Kind.TABLE;

  @Option(names = "--strict", description = "Exit 1 if any finding is an ERROR.")
  boolean strict;

  @Option(names = "--sample", defaultValue = "300", paramLabel = "N",
      description = "Generated enterprises the sample-based checks run on (default ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The sample's random seed (default ${DEFAULT-VALUE}).")
  long seed;

  /** The formats this command writes. */
  enum Kind { TABLE, JSON }

  private final Provider<Srdi> srdi;

  @Inject
  CheckCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    CheckSample.requireSize(sample);
    Srdi api = srdi.get();
    List<Jurisdiction> cities = jurisdiction == null ? api.jurisdictions()
        : List.of(api.jurisdiction(jurisdiction).getOrElseThrow(Problems::usage));
    Overrides overrides = overrideOptions.overrides();
    if (jurisdiction == null && !overrides.isEmpty()) {
      throw new UsageException("--set and --interpretation name one city's parameters: give --jurisdiction");
    }
    Portfolio portfolio = CheckSample.of(api, seed, sample);
    Map<Jurisdiction, List<Finding>> findings = new LinkedHashMap<>();
    for (Jurisdiction j : cities) {
      findings.put(j, PolicyCheck.run(j, settings(j, overrides), portfolio, CheckSample.AS_OF));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Kind.JSON ? json(findings) : table(findings));
    out.flush();
    boolean errors = findings.values().stream().anyMatch(PolicyCheck::hasErrors);
    return strict && errors ? ExitCode.FAILED : ExitCode.OK;
  }

  /** The settings the overrides make; bad overrides are worded as for {@code srdi whatif}. */
  private static Settings settings(Jurisdiction j, Overrides overrides) {
    var resolved = Settings.resolve(j.parameters(), j.interpretations(), overrides);
    if (resolved.isInvalid()) {
      throw Problems.usage(new Problem.InvalidOverrides(resolved.getError().toJavaList()));
    }
    return resolved.get();
  }

  private static String table(Map<Jurisdiction, List<Finding>> findings) {
    var out = new StringBuilder();
    findings.forEach((j, list) -> {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append("Policy check — ").append(Labels.jurisdiction(j)).append(": ").append(counts(list)).append('\n');
      if (list.isEmpty()) {
        return;
      }
      var table = TextTable.of(Column.left("Severity"), Column.left("Code", 28), Column.left("Subject", 40),
          Column.left("Clause", 24), Column.left("Finding", 70));
      for (Finding f : list) {
        table.row(f.severity().name(), f.code(), f.subject(), Labels.clause(f.citation()),
            f.message() + "\n“" + f.citation().quote() + "”");
      }
      out.append(table.render());
    });
    return out.toString();
  }

  private static String counts(List<Finding> list) {
    var parts = new ArrayList<String>();
    for (Severity s : Severity.values()) {
      long n = list.stream().filter(f -> f.severity() == s).count();
      parts.add(n + " " + s.name().toLowerCase(java.util.Locale.ROOT) + (n == 1 ? "" : "s"));
    }
    return String.join(", ", parts);
  }

  private static String json(Map<Jurisdiction, List<Finding>> findings) {
    ObjectNode root = Json.object();
    ArrayNode cities = root.putArray("jurisdictions");
    findings.forEach((j, list) -> {
      ObjectNode city = cities.addObject();
      city.put("jurisdiction", j.id().value());
      ObjectNode summary = city.putObject("summary");
      for (Severity s : Severity.values()) {
        summary.put(s.name().toLowerCase(java.util.Locale.ROOT), list.stream().filter(f -> f.severity() == s).count());
      }
      ArrayNode array = city.putArray("findings");
      for (Finding f : list) {
        ObjectNode o = array.addObject();
        o.put("severity", f.severity().name());
        o.put("code", f.code());
        o.put("subject", f.subject());
        o.put("document", f.citation().document().value());
        o.put("clause", f.citation().clause());
        o.put("quote", f.citation().quote());
        o.put("message", f.message());
      }
    });
    return Json.pretty(root);
  }
}
