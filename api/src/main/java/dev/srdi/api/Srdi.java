package dev.srdi.api;

import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.engine.WhatIfResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.core.target.TargetReport;
import dev.srdi.core.wiring.CoreServices;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The embedding API for portals: read a scenario, evaluate it under one jurisdiction or all, ask
 * what-if questions, check targets, and write the contract's JSON. Errors are values: a scenario's
 * every problem as a {@link Validation}, an unknown jurisdiction or a missing as-of date as an
 * {@link Either}. Immutable and thread-safe: load one and share it.
 */
public final class Srdi {
  private final JurisdictionRegistry registry;
  private final Engine engine;
  private final ScenarioReader reader;

  public Srdi(JurisdictionRegistry registry, Engine engine) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.reader = ScenarioReader.accepting(
        registry.all().stream().flatMap(j -> j.achievementTypes().stream()).toList());
  }

  /** Loads every jurisdiction plugin on the class path (ServiceLoader). */
  public static Srdi load() {
    return of(CoreServices.load());
  }

  public static Srdi of(CoreServices services) {
    return new Srdi(services.registry(), services.engine());
  }

  public JurisdictionRegistry registry() {
    return registry;
  }

  public Engine engine() {
    return engine;
  }

  public ScenarioReader reader() {
    return reader;
  }

  public Either<String, Jurisdiction> jurisdiction(String id) {
    return registry.require(id);
  }

  /** Parses and validates a {@code srdi-scenario/1} document, with every error by path and line. */
  public Validation<Seq<InputError>, Scenario> readScenario(String json) {
    return reader.scenario(json);
  }

  /** Evaluates the scenario as of its own {@code asOf} date, under the jurisdiction's defaults. */
  public Either<String, PortfolioResult> evaluate(String jurisdiction, Scenario scenario) {
    return asOf(scenario).flatMap(day -> evaluate(jurisdiction, scenario, day));
  }

  public Either<String, PortfolioResult> evaluate(String jurisdiction, Scenario scenario, LocalDate asOf) {
    return registry.require(jurisdiction)
        .map(j -> engine.evaluate(j, scenario.portfolio(), asOf, engine.defaults(j)));
  }

  /**
   * One enterprise alone, as a JSON Lines record is evaluated: portfolio measures (a park's ten
   * firms) need the whole portfolio and are not assessed here.
   */
  public EnterpriseResult evaluateOne(Jurisdiction jurisdiction, Enterprise enterprise, LocalDate asOf) {
    var context = new EvaluationContext(asOf, engine.defaults(jurisdiction), Portfolio.of(List.of(enterprise)));
    return engine.evaluate(jurisdiction, enterprise, context);
  }

  /** The scenario under every loaded jurisdiction, side by side. */
  public Either<String, Comparison> compare(Scenario scenario) {
    return asOf(scenario).map(day -> compare(scenario, day));
  }

  public Comparison compare(Scenario scenario, LocalDate asOf) {
    Portfolio portfolio = scenario.portfolio();
    var results = registry.all().stream()
        .map(j -> engine.evaluate(j, portfolio, asOf, engine.defaults(j)))
        .toList();
    return new Comparison(asOf, scenario.enterprises().stream().map(Enterprise::id).toList(), results);
  }

  /** Baseline (the defaults) against the variant the overrides make; every bad override is reported. */
  public Either<Seq<String>, WhatIfResult> whatIf(String jurisdiction, Scenario scenario, Overrides overrides) {
    return asOf(scenario).<Seq<String>>mapLeft(io.vavr.collection.List::of)
        .flatMap(day -> whatIf(jurisdiction, scenario, day, overrides));
  }

  public Either<Seq<String>, WhatIfResult> whatIf(
      String jurisdiction, Scenario scenario, LocalDate asOf, Overrides overrides) {
    return registry.require(jurisdiction).<Seq<String>>mapLeft(io.vavr.collection.List::of).flatMap(j -> {
      Validation<Seq<String>, Settings> variant = engine.settings(j, overrides).mapError(ps -> ps.map(Srdi::describe));
      return variant.toEither().map(v -> engine.whatIf(j, scenario.portfolio(), asOf, engine.defaults(j), v));
    });
  }

  /** Each target of the jurisdiction for the year: required, reached, gap, status. */
  public Either<String, List<TargetReport>> targets(String jurisdiction, Scenario scenario, int year) {
    return asOf(scenario).flatMap(day -> targets(jurisdiction, scenario, year, day));
  }

  public Either<String, List<TargetReport>> targets(String jurisdiction, Scenario scenario, int year, LocalDate asOf) {
    return registry.require(jurisdiction)
        .map(j -> engine.targets(j, scenario.portfolio(), year, asOf, engine.defaults(j)));
  }

  /** The contract's evaluation JSON: indented, deterministic, ending in a line break. */
  public String toJson(PortfolioResult result) {
    return Json.pretty(EvaluationJson.portfolio(result));
  }

  // Interim wording until the facade returns its own problem type: the command line's, as before.
  private static String describe(OverrideProblem problem) {
    String option = problem.subject() == OverrideProblem.Subject.PARAMETER ? "--set " : "--interpretation ";
    String hint = problem instanceof OverrideProblem.UnknownParameter ? " (see `srdi measures`)" : "";
    return option + problem.message() + hint;
  }

  private static Either<String, LocalDate> asOf(Scenario scenario) {
    return scenario.asOf().<Either<String, LocalDate>>map(Either::right)
        .orElseGet(() -> Either.left("the scenario has no asOf date; give one in the scenario or as an argument"));
  }
}
