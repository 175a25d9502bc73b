package dev.srdi.api;

import dev.srdi.api.json.InputError;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Fund;
import dev.srdi.core.engine.Funds;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Choice;
import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The work of {@link Srdi#sweep}: a city is evaluated again only when a point changes what applies to it.
 * Each city's cost is kept by the overrides it sees, so the cities a swept parameter does not belong to are
 * evaluated once for the whole sweep, and in a grid whose axes belong to two cities each city is evaluated
 * once per value of its own axis. Within a city evaluated more than once, the first evaluation records what
 * each enterprise read ({@link RecordedEvaluation}) and the others evaluate again only the enterprises that
 * read a parameter or interpretation they change: the rest read the same values and keep their result. The
 * evaluations are independent and run on the facade's threads; the points are then summed in order, so the
 * result does not depend on them.
 */
final class Sweeper {
  private final Engine engine;
  private final List<Jurisdiction> loaded;
  private final Function<String, Optional<Jurisdiction>> cityOf;
  private final BiFunction<Jurisdiction, Overrides, Overrides> ownedBy;
  private final int threads;

  Sweeper(Engine engine, List<Jurisdiction> loaded, Function<String, Optional<Jurisdiction>> cityOf,
      BiFunction<Jurisdiction, Overrides, Overrides> ownedBy, int threads) {
    this.engine = engine;
    this.loaded = loaded;
    this.cityOf = cityOf;
    this.ownedBy = ownedBy;
    this.threads = threads;
  }

  /** What one city costs under the overrides it sees: by fund, in total, and how many of its enterprises get paid. */
  private record CityCost(Map<String, Money> byFund, Money total, int paid) {}

  /** One city (by its place among the sweep's cities) under the overrides that apply to it. */
  private record CityOverrides(int city, Overrides overrides) {}

  /** An axis with its owner, its values settled (every choice of an interpretation when none is listed) and its unit. */
  private record Resolved(SweepAxis axis, Optional<String> unit) {}

  Either<Problem, Sweep> sweep(Scenario scenario, LocalDate day, Reform reform, List<SweepAxis> axes, SweepProgress progress) {
    if (axes.isEmpty() || axes.size() > 2) {
      return invalid("a sweep takes one axis, or two for a grid, not " + axes.size());
    }
    if (axes.size() == 2 && axes.get(0).id().equals(axes.get(1).id())) {
      return invalid(axes.get(0).id() + " is given twice: a grid's two axes are different things");
    }
    Overrides fixed = reform.overrides();
    var resolved = new ArrayList<Resolved>();
    for (SweepAxis axis : axes) {
      Optional<Jurisdiction> owner = cityOf.apply(axis.id());
      if (owner.isEmpty()) {
        return Either.left(new Problem.InvalidOverrides(List.of(axis.interpretation()
            ? new OverrideProblem.UnknownInterpretation(axis.id(), List.of())
            : new OverrideProblem.UnknownParameter(axis.id(), List.of()))));
      }
      if (fixed.parameters().containsKey(axis.id()) || fixed.interpretations().containsKey(axis.id())) {
        return invalid(axis.id() + " is both swept and set by the reform: sweep it, or set it, not both");
      }
      resolved.add(resolve(axis, owner.get()));
    }
    List<String> outer = resolved.get(0).axis().values();
    List<Optional<String>> inner = resolved.size() == 1 ? List.of(Optional.empty())
        : resolved.get(1).axis().values().stream().map(Optional::of).toList();
    int total = outer.size() * inner.size();
    if (total > SweepAxis.MAX_VALUES) {
      return invalid("a grid takes at most " + SweepAxis.MAX_VALUES + " points in all, not " + outer.size() + " × "
          + inner.size());
    }
    var cities = new ArrayList<Jurisdiction>();
    var portfolios = new ArrayList<Portfolio>();
    int evaluated = 0;
    for (Jurisdiction j : loaded) {
      List<Enterprise> own = scenario.enterprises().stream()
          .filter(e -> e.jurisdiction().map(j.id()::equals).orElse(false)).toList();
      boolean owns = resolved.stream().anyMatch(r -> cityOf.apply(r.axis().id()).filter(j::equals).isPresent());
      if (!own.isEmpty() || owns) {
        cities.add(j);
        portfolios.add(new Portfolio(own, scenario.ownedBy(j.id()).parks()));
        evaluated += own.size();
      }
    }
    var funds = new LinkedHashMap<String, Fund>();
    cities.forEach(j -> Funds.of(j).all().forEach(f -> funds.put(f.id(), f)));
    // Which city under which of its own overrides each point needs: each such evaluation is done once, and the
    // distinct ones run on the facade's threads (the engine is immutable and thread-safe), then the points are summed in order.
    var pointOverrides = new ArrayList<Overrides>();
    for (String value : outer) {
      for (Optional<String> across : inner) {
        pointOverrides.add(with(with(fixed, resolved.get(0).axis(), value), resolved, across));
      }
    }
    var needed = new LinkedHashMap<CityOverrides, Settings>();
    for (Overrides all : pointOverrides) {
      for (int c = 0; c < cities.size(); c++) {
        var key = new CityOverrides(c, ownedBy.apply(cities.get(c), all));
        if (!needed.containsKey(key)) {
          Validation<Seq<OverrideProblem>, Settings> settings = engine.settings(cities.get(c), key.overrides());
          if (settings.isInvalid()) {
            return Either.left(new Problem.InvalidOverrides(settings.getError().toJavaList()));
          }
          needed.put(key, settings.get());
        }
      }
    }
    var keys = new ArrayList<>(needed.keySet());
    // Each city's first evaluation records what each enterprise read, when the city has more to come; its other
    // evaluations re-evaluate only the enterprises that read what they change. Firsts run in parallel, then the rest.
    var firstOf = new LinkedHashMap<Integer, CityOverrides>();
    var more = new ArrayList<CityOverrides>();
    for (CityOverrides key : keys) {
      if (firstOf.putIfAbsent(key.city(), key) != null) {
        more.add(key);
      }
    }
    var done = new AtomicInteger();
    var firsts = new ArrayList<>(firstOf.values());
    List<RecordedEvaluation> recorded = InOrder.map(firsts, threads, key -> {
      boolean again = more.stream().anyMatch(k -> k.city() == key.city());
      RecordedEvaluation r = RecordedEvaluation.of(engine, cities.get(key.city()), portfolios.get(key.city()), day,
          key.overrides(), needed.get(key), again);
      evaluated(progress, done, keys.size());
      return r;
    });
    var costs = new HashMap<CityOverrides, CityCost>();
    var byCity = new HashMap<Integer, RecordedEvaluation>();
    for (int i = 0; i < firsts.size(); i++) {
      byCity.put(firsts.get(i).city(), recorded.get(i));
      costs.put(firsts.get(i), cost(cities.get(firsts.get(i).city()), recorded.get(i).results()));
    }
    List<CityCost> rest = InOrder.map(more, threads, key -> {
      Jurisdiction j = cities.get(key.city());
      CityCost cost = cost(j, byCity.get(key.city()).under(engine, j, portfolios.get(key.city()), day, key.overrides(),
          needed.get(key)));
      evaluated(progress, done, keys.size());
      return cost;
    });
    for (int i = 0; i < more.size(); i++) {
      costs.put(more.get(i), rest.get(i));
    }
    var points = new ArrayList<SweepPoint>();
    var used = new TreeSet<String>();
    int point = 0;
    for (String value : outer) {
      for (Optional<String> across : inner) {
        Overrides all = pointOverrides.get(point++);
        var byFund = new TreeMap<String, Money>();
        Money sum = Money.zero();
        int paid = 0;
        for (int c = 0; c < cities.size(); c++) {
          CityCost cost = costs.get(new CityOverrides(c, ownedBy.apply(cities.get(c), all)));
          cost.byFund().forEach((fund, m) -> byFund.merge(fund, m, Money::plus));
          used.addAll(cost.byFund().keySet());
          sum = sum.plus(cost.total());
          paid += cost.paid();
        }
        points.add(new SweepPoint(value, across, sum, byFund, paid));
      }
    }
    // Every point lists every fund any point pays from, zero where it pays nothing, so the columns line up.
    var filled = points.stream().map(p -> {
      var every = new TreeMap<String, Money>();
      used.forEach(f -> every.put(f, p.byFund().getOrDefault(f, Money.zero())));
      return new SweepPoint(p.value(), p.across(), p.total(), every, p.enterprisesPaid());
    }).toList();
    Resolved first = resolved.get(0);
    Optional<Resolved> second = resolved.size() == 2 ? Optional.of(resolved.get(1)) : Optional.empty();
    return Either.right(new Sweep(day, first.axis(), first.unit(), second.map(Resolved::axis),
        second.flatMap(Resolved::unit), used.stream().map(funds::get).toList(), filled, evaluated));
  }

  private static Resolved resolve(SweepAxis axis, Jurisdiction owner) {
    if (axis.interpretation()) {
      var declared = owner.interpretations().stream().filter(i -> i.id().value().equals(axis.id())).findFirst();
      List<String> values = declared.isPresent() && axis.values().isEmpty()
          ? declared.get().choices().stream().map(Choice::id).toList() : axis.values();
      return new Resolved(new SweepAxis(axis.id(), true, values), Optional.empty());
    }
    return new Resolved(axis, owner.parameters().stream().filter(p -> p.id().value().equals(axis.id())).findFirst()
        .map(p -> p.unit().name()));
  }

  private static Overrides with(Overrides overrides, SweepAxis axis, String value) {
    return axis.interpretation() ? overrides.withInterpretation(axis.id(), value) : overrides.withParameter(axis.id(), value);
  }

  private static Overrides with(Overrides overrides, List<Resolved> axes, Optional<String> across) {
    return across.map(v -> with(overrides, axes.get(1).axis(), v)).orElse(overrides);
  }

  private static void evaluated(SweepProgress progress, AtomicInteger done, int of) {
    synchronized (progress) {
      progress.evaluationsDone(done.incrementAndGet(), of);
    }
  }

  private static CityCost cost(Jurisdiction j, List<EnterpriseResult> results) {
    Funds known = Funds.of(j);
    var byFund = new TreeMap<String, Money>();
    Money total = Money.zero();
    int paid = 0;
    for (EnterpriseResult r : results) {
      if (r.total().isPositive()) {
        paid++;
      }
      for (var e : r.entitlements()) {
        if (e.amount().isPresent()) {
          byFund.merge(known.of(e.fundingSource()).id(), e.amount().get(), Money::plus);
          total = total.plus(e.amount().get());
        }
      }
    }
    return new CityCost(byFund, total, paid);
  }

  private static <T> Either<Problem, T> invalid(String message) {
    return Either.left(new Problem.InvalidInput(List.of(InputError.at("", 0, message))));
  }
}
