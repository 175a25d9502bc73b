package dev.srdi.api;

import dev.srdi.api.json.InputError;
import dev.srdi.api.json.ReformReader;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.core.check.PolicyCheck;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.NearMiss;
import dev.srdi.core.engine.NearMisses;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Fund;
import dev.srdi.core.engine.Funds;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.engine.ResponsibilityMatrix;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.core.spi.LoadFailure;
import dev.srdi.core.text.TextCoverage;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The embedding API for portals: load the jurisdictions once, then per request read a scenario,
 * evaluate it (a whole scenario, one enterprise, or a stream of them), ask what-if questions,
 * compare the jurisdictions, report targets and duties, and list what a jurisdiction declares.
 *
 * <p>Every method that can fail returns an {@code Either} with a {@link Problem} on the left and a
 * value on the right: no method returns {@code null}, takes {@code null} (a {@code null} argument is
 * the {@link Problem.NoInput} problem) or throws for bad input. The values carry their contract JSON
 * ({@code toJson()}), so that a portal and the {@code srdi} command answer with the same bytes.
 *
 * <p>Immutable and thread-safe: load one instance at start-up and share it between requests.
 */
public final class Srdi {
  private final JurisdictionRegistry registry;
  private final Engine engine;
  private final ScenarioReader reader;
  private final int threads;

  Srdi(JurisdictionRegistry registry, Engine engine) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.engine = Objects.requireNonNull(engine, "engine");
    // A city whose plugin failed to load is still a city: its enterprises are left out, not refused.
    this.reader = ScenarioReader.accepting(
        registry.all().stream().flatMap(j -> j.achievementTypes().stream()).toList())
        .knowing(Stream.concat(registry.ids().stream(), registry.failures().stream().flatMap(f -> f.id().stream()))
            .map(JurisdictionId::value).toList());
    this.threads = 1;
  }

  private Srdi(Srdi from, int threads) {
    this.registry = from.registry;
    this.engine = from.engine;
    this.reader = from.reader;
    this.threads = threads;
  }

  /**
   * The same facade, spreading the work of {@link #compare} (one city a thread), {@link #sweep} (one
   * value a thread) and {@link #whatIf(Scenario, Reform)} (one city a thread) over up to this many
   * threads, started for each call. The answers are the same, byte for byte, as on one thread; every
   * other call runs on the calling thread.
   *
   * @param threads at least 1 (1, the default: the calling thread only)
   * @return the facade
   * @throws IllegalArgumentException for fewer than 1 thread
   */
  public Srdi withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new Srdi(this, threads);
  }

  /**
   * Loads every jurisdiction plugin visible to the thread's context class loader (ServiceLoader).
   * A plugin that fails to load is left out and listed in {@link #loadFailures()}, and so are both
   * plugins of an id that two claim; the other cities load. Never throws: with no usable plugin the
   * facade still loads, and answers {@link Problem.NoJurisdictionLoaded} (or
   * {@link Problem.JurisdictionNotLoaded} for the id of a plugin that failed).
   *
   * @return the facade
   */
  public static Srdi load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new Srdi(JurisdictionRegistry.loadAny(loader != null ? loader : Srdi.class.getClassLoader()), new Engine());
  }

  /**
   * The given jurisdictions, for containers without service files (or tests); each is checked as
   * loading checks it, and one that is inconsistent is left out and listed in {@link #loadFailures()}.
   *
   * @param jurisdictions the plugins, e.g. {@code List.of(new Zhanjiang(), new Guilin())}; two that share
   *     an id are both left out, and a list without a usable plugin gives a facade that answers
   *     {@link Problem.NoJurisdictionLoaded}, as {@link #load()} does
   * @return the facade
   */
  public static Srdi of(List<Jurisdiction> jurisdictions) {
    return new Srdi(JurisdictionRegistry.ofAny(List.copyOf(jurisdictions)), new Engine());
  }

  /**
   * The loaded jurisdictions, by id.
   *
   * @return the jurisdictions; empty when no plugin could be loaded (see {@link #loadFailures()})
   */
  public List<Jurisdiction> jurisdictions() {
    return registry.all();
  }

  /**
   * The plugins that were found but could not be loaded, and why.
   *
   * @return the failures, by provider class; empty when every plugin loaded
   */
  public List<LoadFailure> loadFailures() {
    return registry.failures();
  }

  /**
   * The achievement types a scenario may name: those the loaded jurisdictions declare.
   *
   * @return the types
   */
  public Set<AchievementType> achievementTypes() {
    return reader.achievementTypes();
  }

  /**
   * The loaded jurisdiction with that id.
   *
   * @param id e.g. {@code guilin}
   * @return the jurisdiction, or {@link Problem.JurisdictionNotLoaded} when its plugin failed to load,
   *     {@link Problem.NoJurisdictionLoaded} when none is loaded, or {@link Problem.UnknownJurisdiction}
   *     naming the known ones
   */
  public Either<Problem, Jurisdiction> jurisdiction(String id) {
    return given(id, "jurisdiction id").flatMap(given -> registry.find(JurisdictionId.of(given))
        .<Either<Problem, Jurisdiction>>map(Either::right)
        .getOrElse(() -> Either.left(registry.failureOf(given)
            .<Problem>map(failure -> new Problem.JurisdictionNotLoaded(given, failure.reason()))
            .orElseGet(() -> registry.ids().isEmpty() ? noneLoaded() : new Problem.UnknownJurisdiction(given,
                registry.ids().stream().map(JurisdictionId::value).toList())))));
  }

  /**
   * What the jurisdiction declares, with its defaults.
   *
   * @param jurisdiction the jurisdiction's id
   * @return the catalogue, or {@link Problem.UnknownJurisdiction}
   */
  public Either<Problem, Catalogue> catalogue(String jurisdiction) {
    return jurisdiction(jurisdiction).map(j -> new Catalogue(j, engine.defaults(j)));
  }

  /**
   * The jurisdiction's documents clause by clause, each beside everything that cites it, with the
   * coverage of the text. The texts are read from the class path ({@code /seeds/}); a document whose
   * text is not there is listed as missing.
   *
   * @param jurisdiction the jurisdiction's id
   * @return the documents, or {@link Problem.UnknownJurisdiction}
   */
  public Either<Problem, PolicyTexts> document(String jurisdiction) {
    return jurisdiction(jurisdiction).map(j -> new PolicyTexts(j, engine.defaults(j), TextCoverage.of(j),
        Optional.empty()));
  }

  /**
   * The documents clause by clause, as {@link #document(String)}, with the findings of the policy check
   * (the linter of {@code dev.srdi.core.check}) beside the clauses they cite.
   *
   * @param jurisdiction the jurisdiction's id
   * @param sample the generated portfolio the sample-based checks evaluate
   * @param asOf the day the sample is evaluated on
   * @return the documents, or {@link Problem.UnknownJurisdiction}
   */
  public Either<Problem, PolicyTexts> document(String jurisdiction, Portfolio sample, LocalDate asOf) {
    return given(sample, "sample").flatMap(s -> given(asOf, "as-of date")).flatMap(day -> jurisdiction(jurisdiction))
        .map(j -> new PolicyTexts(j, engine.defaults(j), TextCoverage.of(j),
            Optional.of(PolicyCheck.run(j, engine.defaults(j), sample, asOf))));
  }

  /**
   * Who does what under the jurisdiction, and what falls due in a month.
   *
   * @param jurisdiction the jurisdiction's id
   * @param month the month whose recurring duties to list, or empty for none
   * @return the duties, or {@link Problem.UnknownJurisdiction}
   */
  public Either<Problem, Duties> duties(String jurisdiction, Optional<YearMonth> month) {
    return given(month, "month").flatMap(m -> jurisdiction(jurisdiction)).map(j -> new Duties(j,
        ResponsibilityMatrix.of(j), month, month.map(m -> ResponsibilityMatrix.dueIn(j, m)).orElse(List.of())));
  }

  /**
   * Parses and validates a {@code srdi-scenario/1} document. Beyond the shape of each value, a {@code
   * jurisdiction} that no plugin provides (loaded or failed to load), a park the document does not declare
   * or that is another city's, an event dated after the document's {@code asOf}, and a repeated id are
   * errors, each at its path and line, every one at once.
   *
   * @param json the document's text
   * @return the scenario, or {@link Problem.InvalidInput} with every error by JSON path and line
   */
  public Either<Problem, Scenario> readScenario(String json) {
    return given(json, "scenario").flatMap(text -> invalidAsProblem(reader.scenario(text))
        .map(c -> new Scenario(c.asOf(), c.enterprises(), c.parks())));
  }

  /**
   * Parses and validates a {@code srdi-reform/1} file, YAML or JSON: its title, description, parameter
   * overrides (dated or not), interpretation choices and budgets. The ids are checked when a what-if
   * applies it.
   *
   * @param text the file's text
   * @return the reform, or {@link Problem.InvalidInput} with every error by path and line
   */
  public Either<Problem, Reform> readReform(String text) {
    return given(text, "reform").flatMap(t -> invalidAsProblem(ReformReader.read(t))).map(c -> new Reform(c.title(),
        c.description(), c.overrides(), c.budgets().stream().map(b -> new Budget(b.fund(), b.amount(), b.year())).toList()));
  }

  /**
   * Parses and validates one line of a JSON Lines portfolio: one enterprise object.
   *
   * @param jsonLine the line's text
   * @param lineNumber its number in the file (from 1), which every error carries
   * @return the enterprise, or {@link Problem.InvalidInput}
   */
  public Either<Problem, Enterprise> readEnterprise(String jsonLine, int lineNumber) {
    return given(jsonLine, "line").flatMap(line -> invalidAsProblem(reader.enterpriseLine(line, lineNumber)));
  }

  /**
   * Evaluates the scenario under one jurisdiction's defaults, as of the scenario's date.
   *
   * @param jurisdiction the jurisdiction's id
   * @param scenario the scenario, with its as-of date (see {@link Scenario#asOf(LocalDate)})
   * @param scope which enterprises to evaluate
   * @return the evaluation, or {@link Problem.UnknownJurisdiction} or {@link Problem.MissingAsOf}
   */
  public Either<Problem, Evaluation> evaluate(String jurisdiction, Scenario scenario, Scope scope) {
    return request(jurisdiction, scenario, scope).map(r -> new Evaluation(r.jurisdiction(),
        engine.evaluate(r.jurisdiction(), r.taken().portfolio(), r.asOf(), engine.defaults(r.jurisdiction())),
        r.taken().enterprises(), r.leftOut(), Optional.empty()));
  }

  /**
   * The enterprises of the scenario (within the scope) that miss an award by at most {@code percent}
   * of one condition, each with the award it would get and what that would cost, under the text's
   * values, as of the scenario's date.
   *
   * @param jurisdiction the jurisdiction's id
   * @param scenario the scenario, with its as-of date
   * @param scope which enterprises of the scenario to take
   * @param percent the largest shortfall, as a percentage of what the clause requires (0 to 100)
   * @return the near misses, or {@link Problem.UnknownJurisdiction} or {@link Problem.MissingAsOf}
   */
  public Either<Problem, List<NearMiss>> nearMisses(String jurisdiction, Scenario scenario, Scope scope,
      BigDecimal percent) {
    return given(percent, "percentage").flatMap(p -> request(jurisdiction, scenario, scope))
        .map(r -> NearMisses.find(engine, r.jurisdiction(), r.taken().portfolio(), r.asOf(),
            engine.defaults(r.jurisdiction()), percent));
  }

  /**
   * One enterprise alone, as a JSON Lines record is evaluated: portfolio measures (a park's ten
   * firms) need the whole portfolio and are not assessed here.
   *
   * @param jurisdiction the jurisdiction's id
   * @param enterprise the enterprise
   * @param asOf the day of the evaluation
   * @return its result, or {@link Problem.UnknownJurisdiction}
   */
  public Either<Problem, EnterpriseResult> evaluate(String jurisdiction, Enterprise enterprise, LocalDate asOf) {
    return given(enterprise, "enterprise").flatMap(e -> given(asOf, "as-of date"))
        .flatMap(day -> jurisdiction(jurisdiction))
        .map(j -> evaluateAlone(j, enterprise, asOf));
  }

  /**
   * Enterprises one by one, lazily, in order: memory stays bounded however long the stream.
   *
   * @param jurisdiction the jurisdiction's id
   * @param enterprises the enterprises
   * @param asOf the day of the evaluation
   * @return the results as the stream is consumed, or {@link Problem.UnknownJurisdiction}
   */
  public Either<Problem, Stream<EnterpriseResult>> evaluate(
      String jurisdiction, Stream<Enterprise> enterprises, LocalDate asOf) {
    return given(enterprises, "enterprises").flatMap(e -> given(asOf, "as-of date"))
        .flatMap(day -> jurisdiction(jurisdiction))
        .map(j -> enterprises.map(e -> evaluateAlone(j, e, asOf)));
  }

  /**
   * The scenario under the defaults (the baseline) and under the overrides (the variant).
   *
   * @param jurisdiction the jurisdiction's id
   * @param scenario the scenario, with its as-of date
   * @param overrides the changed parameters and interpretations; a value may carry its unit
   *     ({@code 5‰}, {@code 0.5%}, {@code 15万}), a bare number is read in the parameter's unit
   * @param scope which enterprises to evaluate
   * @return the what-if, or {@link Problem.UnknownJurisdiction}, {@link Problem.MissingAsOf} or
   *     {@link Problem.InvalidOverrides} with every bad override
   */
  public Either<Problem, WhatIf> whatIf(String jurisdiction, Scenario scenario, Overrides overrides, Scope scope) {
    return given(overrides, "overrides").flatMap(o -> request(jurisdiction, scenario, scope)).flatMap(r -> {
      Jurisdiction j = r.jurisdiction();
      Validation<Problem, Settings> variant = engine.settings(j, overrides)
          .mapError(problems -> new Problem.InvalidOverrides(problems.toJavaList()));
      Settings defaults = engine.defaults(j);
      return variant.toEither().map(v -> new WhatIf(j,
          engine.whatIf(j, r.taken().portfolio(), r.asOf(), defaults, v), Applied.overrides(j, overrides, defaults, v),
          r.taken().enterprises(), r.leftOut()));
    });
  }

  /**
   * A reform over a whole portfolio, every city at once: each enterprise under the city it names
   * (enterprises that name none, or a city not loaded, are left out), each of the reform's changes
   * applied to the city whose id its own starts with, and its budgets held against each fund's cost.
   *
   * @param scenario the portfolio, with its as-of date
   * @param reform the changes and budgets (see {@link #readReform})
   * @return the what-if, or {@link Problem.MissingAsOf}, {@link Problem.InvalidOverrides} (a change that
   *     names no loaded city is an unknown parameter or interpretation), {@link Problem.InvalidInput}
   *     (a budget for a fund that no city has) or {@link Problem.NoJurisdictionLoaded}
   */
  public Either<Problem, PortfolioWhatIf> whatIf(Scenario scenario, Reform reform) {
    return given(scenario, "scenario").flatMap(s -> given(reform, "reform")).flatMap(r -> anyLoaded())
        .flatMap(loaded -> asOf(scenario)).flatMap(day -> {
      var problems = new ArrayList<OverrideProblem>();
      var cities = new ArrayList<WhatIf>();
      Overrides all = reform.overrides();
      for (String id : all.parameters().keySet()) {
        if (cityOf(id).isEmpty()) {
          problems.add(new OverrideProblem.UnknownParameter(id, List.of()));
        }
      }
      for (String id : all.interpretations().keySet()) {
        if (cityOf(id).isEmpty()) {
          problems.add(new OverrideProblem.UnknownInterpretation(id, List.of()));
        }
      }
      var taken = new ArrayList<Jurisdiction>();
      for (Jurisdiction j : registry.all()) {
        boolean none = scenario.enterprises().stream().noneMatch(e -> e.jurisdiction().map(j.id()::equals).orElse(false));
        if (!none || !ownedBy(j, all).isEmpty()) {
          taken.add(j);
        }
      }
      List<Either<Problem, WhatIf>> answers = InOrder.map(taken, threads, j -> {
        List<Enterprise> own = scenario.enterprises().stream()
            .filter(e -> e.jurisdiction().map(j.id()::equals).orElse(false)).toList();
        return whatIf(j.id().value(), new Scenario(scenario.asOf(), own, scenario.ownedBy(j.id()).parks()),
            ownedBy(j, all), Scope.EVERY_ENTERPRISE);
      });
      for (Either<Problem, WhatIf> city : answers) {
        if (city.isLeft() && city.getLeft() instanceof Problem.InvalidOverrides bad) {
          problems.addAll(bad.problems());
        } else if (city.isLeft()) {
          return Either.left(city.getLeft());
        } else {
          cities.add(city.get());
        }
      }
      if (!problems.isEmpty()) {
        return Either.left(new Problem.InvalidOverrides(problems));
      }
      var funds = cities.stream().flatMap(c -> Funds.of(c.jurisdiction()).all().stream())
          .map(Fund::id).toList();
      var unknownFunds = new ArrayList<InputError>();
      for (int i = 0; i < reform.budgets().size(); i++) {
        String fund = reform.budgets().get(i).fund();
        if (!funds.contains(fund)) {
          unknownFunds.add(InputError.at("budgets[" + i + "].fund", 0, "no fund " + fund + " among the portfolio's cities"
              + " (known: " + String.join(", ", funds) + ")"));
        }
      }
      if (!unknownFunds.isEmpty()) {
        return Either.left(new Problem.InvalidInput(unknownFunds));
      }
      List<Enterprise> leftOut = scenario.enterprises().stream()
          .filter(e -> e.jurisdiction().map(id -> registry.find(id).isEmpty()).orElse(true)).toList();
      return Either.right(PortfolioWhatIf.of(day, reform, cities, leftOut));
    });
  }

  /**
   * One parameter or interpretation swept over its values over a whole portfolio, every city at once
   * (as {@link #whatIf(Scenario, Reform)} takes them), the reform's other changes held fixed: the
   * scenario is read once and evaluated once per value, without a baseline.
   *
   * @param scenario the portfolio, with its as-of date
   * @param reform the changes held fixed (its budgets are not used)
   * @param axis what to vary and over which values
   * @return the sweep, or {@link Problem.MissingAsOf}, {@link Problem.InvalidOverrides} (an unknown id or
   *     a value its unit cannot read, with the first value that fails), {@link Problem.InvalidInput} (the
   *     reform sets what is swept) or {@link Problem.NoJurisdictionLoaded}
   */
  public Either<Problem, Sweep> sweep(Scenario scenario, Reform reform, SweepAxis axis) {
    return given(scenario, "scenario").flatMap(s -> given(reform, "reform")).flatMap(r -> given(axis, "axis"))
        .flatMap(a -> sweep(scenario, reform, List.of(a), SweepProgress.NONE));
  }

  /**
   * One parameter or interpretation swept over its values, or two over a grid of every pair of their values,
   * as {@link #sweep(Scenario, Reform, SweepAxis)} does; a city is evaluated again only when a point changes
   * what applies to it (the cities a swept parameter does not belong to are evaluated once).
   *
   * @param scenario the portfolio, with its as-of date
   * @param reform the changes held fixed (its budgets are not used)
   * @param axes one axis, or two for a grid (the first's values outer); at most {@link SweepAxis#MAX_VALUES} points
   * @param progress told after each point
   * @return the sweep, or the problems {@link #sweep(Scenario, Reform, SweepAxis)} names, and
   *     {@link Problem.InvalidInput} for no axis, more than two, the same one twice or too many points
   */
  public Either<Problem, Sweep> sweep(Scenario scenario, Reform reform, List<SweepAxis> axes, SweepProgress progress) {
    return given(scenario, "scenario").flatMap(s -> given(reform, "reform")).flatMap(r -> given(axes, "axes"))
        .flatMap(a -> given(progress, "progress"))
        .flatMap(p -> axes.stream().anyMatch(Objects::isNull) ? Either.left(new Problem.NoInput("axes[]")) : anyLoaded())
        .flatMap(loaded -> asOf(scenario))
        .flatMap(day -> new Sweeper(engine, registry.all(), this::cityOf, this::ownedBy, threads)
            .sweep(scenario, day, reform, List.copyOf(axes), progress));
  }

  /** The changes that belong to the jurisdiction: those whose id begins with its own. */
  private Overrides ownedBy(Jurisdiction j, Overrides all) {
    Overrides mine = Overrides.none();
    for (var e : all.parameters().entrySet()) {
      if (cityOf(e.getKey()).filter(j::equals).isPresent()) {
        mine = mine.withParameter(e.getKey(), e.getValue());
      }
    }
    for (var e : all.interpretations().entrySet()) {
      if (cityOf(e.getKey()).filter(j::equals).isPresent()) {
        mine = mine.withInterpretation(e.getKey(), e.getValue());
      }
    }
    return mine;
  }

  /** The loaded jurisdiction a parameter or interpretation id belongs to: ids begin with their city's id and a dot. */
  private Optional<Jurisdiction> cityOf(String id) {
    return registry.all().stream().filter(j -> id.startsWith(j.id().value() + ".")).findFirst();
  }

  /**
   * The scenario under every loaded jurisdiction, side by side, each under its defaults.
   *
   * @param scenario the scenario, with its as-of date
   * @return the comparison, or {@link Problem.MissingAsOf} or {@link Problem.NoJurisdictionLoaded}
   */
  public Either<Problem, Comparison> compare(Scenario scenario) {
    return given(scenario, "scenario").flatMap(s -> anyLoaded()).flatMap(loaded -> asOf(scenario)).map(day -> {
      Portfolio portfolio = scenario.portfolio();
      List<Jurisdiction> all = registry.all();
      List<PortfolioResult> results = InOrder.map(all, threads, j -> engine.evaluate(j, portfolio, day, engine.defaults(j)));
      return new Comparison(day, scenario.enterprises().stream().map(Enterprise::id).toList(), all, results,
          Optional.empty());
    });
  }

  /**
   * Each target of the jurisdiction for the year: required, reached, gap, status.
   *
   * @param jurisdiction the jurisdiction's id
   * @param scenario the scenario, with its as-of date
   * @param year the year the report is for
   * @param scope which enterprises count
   * @return the report, or {@link Problem.UnknownJurisdiction} or {@link Problem.MissingAsOf}
   */
  public Either<Problem, Targets> targets(String jurisdiction, Scenario scenario, int year, Scope scope) {
    return request(jurisdiction, scenario, scope).map(r -> {
      Settings defaults = engine.defaults(r.jurisdiction());
      return new Targets(r.jurisdiction(), year, r.asOf(),
          engine.targets(r.jurisdiction(), r.taken().portfolio(), year, r.asOf(), defaults), defaults, r.leftOut());
    });
  }

  /** A one-jurisdiction request, checked: the jurisdiction, the day, what the scope takes and leaves out. */
  private record Request(Jurisdiction jurisdiction, LocalDate asOf, Scenario taken, List<Enterprise> leftOut) {}

  private Either<Problem, Request> request(String jurisdiction, Scenario scenario, Scope scope) {
    return given(scenario, "scenario").flatMap(s -> given(scope, "scope"))
        .flatMap(s -> jurisdiction(jurisdiction))
        .flatMap(j -> asOf(scenario).map(day -> scope == Scope.OWN_ENTERPRISES
            ? new Request(j, day, scenario.ownedBy(j.id()), scenario.notOwnedBy(j.id()))
            : new Request(j, day, scenario, List.of())));
  }

  private EnterpriseResult evaluateAlone(Jurisdiction j, Enterprise enterprise, LocalDate asOf) {
    var context = new EvaluationContext(asOf, engine.defaults(j), Portfolio.of(List.of(enterprise)));
    return engine.evaluate(j, enterprise, context);
  }

  /** The loaded jurisdictions, or the problem that there are none. */
  private Either<Problem, List<Jurisdiction>> anyLoaded() {
    return registry.ids().isEmpty() ? Either.left(noneLoaded()) : Either.right(registry.all());
  }

  private Problem noneLoaded() {
    return new Problem.NoJurisdictionLoaded(registry.failures().stream().map(LoadFailure::describe).toList());
  }

  private static <T> Either<Problem, T> invalidAsProblem(Validation<Seq<InputError>, T> read) {
    return read.mapError(errors -> (Problem) new Problem.InvalidInput(errors.toJavaList())).toEither();
  }

  private static <T> Either<Problem, T> given(T value, String what) {
    return value == null ? Either.left(new Problem.NoInput(what)) : Either.right(value);
  }

  private static Either<Problem, LocalDate> asOf(Scenario scenario) {
    return scenario.asOf().<Either<Problem, LocalDate>>map(Either::right)
        .orElseGet(() -> Either.left(new Problem.MissingAsOf()));
  }
}
