package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Scenario;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.WhatIf;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.demo.DemoScenario;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.view.EvaluationView;
import dev.srdi.cli.view.Labels;
import dev.srdi.cli.view.TargetsView;
import dev.srdi.cli.view.WhatIfView;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.PluginLoadException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code srdi demo}: one screen per city from a built-in scenario: a firm climbing the ladder, its
 * awards with citations, a what-if and a target report. It must never crash: a part that fails says
 * so and the demo goes on.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Shows what srdi does on a built-in scenario, one screen per loaded city; no file needed.",
        "Each screen: a firm climbing the ladder, the awards it earns with their clauses, a what-if and a target report."})
public final class DemoCommand implements Callable<Integer> {
  private static final BigDecimal WHAT_IF_FACTOR = new BigDecimal("1.5");

  @Spec CommandSpec spec;

  private final Provider<Srdi> srdi;

  @Inject
  DemoCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Srdi api;
    DemoScenario.Loaded demo;
    try {
      api = srdi.get();
      demo = DemoScenario.load(api);
    } catch (RuntimeException e) {
      Throwable cause = e instanceof PluginLoadException || e.getCause() == null ? e : e.getCause();
      spec.commandLine().getErr().println("srdi demo: cannot start: " + cause.getMessage());
      spec.commandLine().getErr().println("At least one jurisdiction plugin must be on the class path;"
          + " build with `mvn -B -ntp -q -DskipTests package` and run `java -jar cli-demo/target/srdi.jar demo`.");
      return ExitCode.FAILED;
    }
    Scenario scenario = demo.scenario();
    LocalDate asOf = scenario.asOf().orElse(LocalDate.of(2025, 12, 31));
    out.print("srdi demo — SME cultivation policy as code 优质中小企业梯度培育政策即代码\n");
    out.print("Built-in scenario: " + scenario.enterprises().size() + " firms, as of " + asOf
        + ". Loaded: " + api.jurisdictions().stream().map(Jurisdiction::id).toList() + ".\n");
    demo.notes().forEach(n -> out.print("Note: " + n + "\n"));
    api.loadFailures().forEach(f -> out.print("Note: failed to load " + f.describe() + "\n"));
    for (Jurisdiction j : api.jurisdictions()) {
      out.print("\n" + "=".repeat(100) + "\n" + Labels.jurisdiction(j) + "\n" + "=".repeat(100) + "\n");
      screen(out, api, j, scenario, asOf);
      out.flush();
    }
    out.print("\nNext: srdi measures -j ID · srdi evaluate -j ID -s FILE · srdi compare -s FILE · srdi --help\n");
    out.flush();
    return ExitCode.OK;
  }

  private void screen(PrintWriter out, Srdi api, Jurisdiction j, Scenario scenario, LocalDate asOf) {
    List<Enterprise> own = scenario.enterprises().stream()
        .filter(e -> e.jurisdiction().map(id -> id.equals(j.id())).orElse(false)).toList();
    Enterprise firm = own.isEmpty() ? scenario.enterprises().get(0) : own.get(0);
    Scenario one = new Scenario(Optional.of(asOf), List.of(firm), scenario.parks());
    if (own.isEmpty()) {
      out.print("(no demo firm of its own: showing " + firm.id() + ")\n");
    }
    part(out, "1. The firm climbs the ladder 梯度培育", () -> ladder(firm));
    PortfolioResult result = api.evaluate(j.id().value(), one, Scope.EVERY_ENTERPRISE).get().result();
    part(out, "2. What it earns, with the clauses 奖补与依据", () -> {
      EnterpriseResult r = result.enterprises().get(0);
      var shown = new StringBuilder(EvaluationView.enterprise(
          new EnterpriseResult(r.enterprise(), r.entitlements(), List.of(), List.of()), firm.name()));
      if (!r.benefits().isEmpty()) {
        shown.append("Non-monetary benefits 非资金支持:\n");
        r.benefits().forEach(b -> shown.append("  ").append(b.year()).append("  ").append(b.nameZh()).append(" — ")
            .append(b.nameEn()).append(" (").append(Labels.clause(b.citation())).append(")\n"));
      }
      return shown.append("  (").append(r.notEligible().size())
          .append(" measure(s) not earned; `srdi evaluate` lists each with the reason and the benefits in full)\n")
          .toString();
    });
    part(out, "3. What if 假设分析", () -> whatIf(api, j, one, result));
    part(out, "4. Targets for " + asOf.getYear() + " 目标进度 (a one-firm portfolio: the gaps are the city's, not the firm's)",
        () -> TargetsView.table(j, asOf.getYear(), asOf,
            api.targets(j.id().value(), one, asOf.getYear(), Scope.EVERY_ENTERPRISE).get().reports(),
            api.catalogue(j.id().value()).get().defaults()));
  }

  private static String ladder(Enterprise firm) {
    var out = new StringBuilder(firm.id() + firm.name().map(n -> "  " + n).orElse("") + "\n");
    List<Recognition> steps = firm.recognitionsInOrder();
    if (steps.isEmpty()) {
      out.append("  no recognition yet\n");
    }
    steps.forEach(r -> out.append("  ").append(r.date()).append("  ").append(r.describe()).append('\n'));
    firm.achievements().forEach(a -> out.append("  ").append(a.date()).append("  achievement ").append(a.type()).append('\n'));
    return out.toString();
  }

  /**
   * The first change that moves the firm's total: raising by half an amount behind one of its awards
   * (largest first), else reading an interpretation the other way; a highest-only rule can absorb a
   * raise, so each candidate is tried.
   */
  private static String whatIf(Srdi api, Jurisdiction j, Scenario one, PortfolioResult result) {
    Settings defaults = api.catalogue(j.id().value()).get().defaults();
    var candidates = new java.util.ArrayList<java.util.Map.Entry<String, Overrides>>();
    result.enterprises().get(0).entitlements().stream()
        .sorted(java.util.Comparator.comparing(Entitlement::countedAmount).reversed())
        .map(Entitlement::measure)
        .flatMap(id -> j.measures().stream().filter(m -> m.id().equals(id)).map(Measure::descriptor))
        .flatMap(d -> d.formula().parameters().stream())
        .filter(p -> p.unit() == Unit.YUAN)
        .map(DemoCommand::asMoney)
        .distinct()
        .forEach(p -> {
          Money now = defaults.value(p);
          Money then = now.times(WHAT_IF_FACTOR).rounded();
          candidates.add(java.util.Map.entry("What if " + p.id() + " (" + p.description() + ") were "
              + Amounts.grouped(then) + " instead of " + Amounts.grouped(now) + "?\n",
              Overrides.none().withParameter(p.id().value(), then.toFenString())));
        });
    for (Interpretation i : j.interpretations()) {
      i.choices().stream().map(c -> c.id()).filter(c -> !c.equals(i.defaultChoice())).findFirst().ifPresent(other ->
          candidates.add(java.util.Map.entry("What if " + i.id() + " were read as '" + other + "' instead of '"
              + i.defaultChoice() + "'?\n", Overrides.none().withInterpretation(i.id().value(), other))));
    }
    if (candidates.isEmpty()) {
      return "  the firm earns no amount that a parameter sets, and the city declares no interpretation to switch\n";
    }
    var chosen = candidates.get(0);
    WhatIf shown = null;
    for (var candidate : candidates) {
      WhatIf w = api.whatIf(j.id().value(), one, candidate.getValue(), Scope.EVERY_ENTERPRISE)
          .getOrElseThrow(problem -> new IllegalStateException(problem.message()));
      if (shown == null) {
        shown = w;
      }
      if (!w.result().totalDifference().isZero()) {
        chosen = candidate;
        shown = w;
        break;
      }
    }
    return chosen.getKey() + WhatIfView.table(j, shown.result(), shown.overrides(), one.enterprises());
  }

  @SuppressWarnings("unchecked")
  private static Parameter<Money> asMoney(Parameter<?> p) {
    return (Parameter<Money>) p;
  }

  private static void part(PrintWriter out, String title, Supplier<String> body) {
    out.print("\n" + title + "\n");
    try {
      out.print(body.get());
    } catch (RuntimeException e) {
      out.print("  (this part could not be shown: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")\n");
    }
  }
}
