package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A sweep re-evaluates only the enterprises that read what a point changes: its points are those of
 * evaluating every point in full (a one-point sweep evaluates every city once, reusing nothing), for random
 * portfolios of the three cities, a random parameter or interpretation of any of them, random values, and
 * sometimes an interpretation across.
 */
final class SweepReuseProperties {
  private static final Srdi SRDI = Srdi.load();

  /** The portfolio, its day and the axes. */
  private record Case(LocalDate asOf, List<Enterprise> enterprises, List<SweepAxis> axes) {
    @Override
    public String toString() {
      return "as of " + asOf + ", axes " + axes + ", enterprises " + enterprises;
    }
  }

  @Test
  void aSweepGivesThePointsOfEveryPointEvaluatedInFull() {
    PropertyRun.qt().withExamples(60).forAll(cases()).checkAssert(c -> {
      Scenario scenario = Scenario.of(c.asOf(), c.enterprises());
      Either<Problem, Sweep> swept = SRDI.sweep(scenario, Reform.none(), c.axes(), SweepProgress.NONE);
      if (swept.isLeft()) {
        return; // a value its parameter refuses: the same sweep evaluated in full refuses it too
      }
      for (SweepPoint point : swept.get().points()) {
        var axes = new ArrayList<SweepAxis>();
        axes.add(only(c.axes().get(0), point.value()));
        point.across().ifPresent(v -> axes.add(only(c.axes().get(1), v)));
        Either<Problem, Sweep> full = SRDI.sweep(scenario, Reform.none(), axes, SweepProgress.NONE);
        assertTrue(full.isRight(), () -> "the point alone is refused: " + full.getLeft());
        SweepPoint alone = full.get().points().get(0);
        assertEquals(alone.total(), point.total(), () -> "total at " + point.value() + point.across());
        assertEquals(alone.enterprisesPaid(), point.enterprisesPaid(), () -> "paid at " + point.value() + point.across());
        assertEquals(paying(alone.byFund()), paying(point.byFund()), () -> "by fund at " + point.value() + point.across());
      }
    });
  }

  /**
   * The README's sweep: random portfolios seldom pay the growth award, so a reuse that misses the reads of the
   * swept rate could pass the property above; the example portfolio's Guilin firms grow, and each value pays
   * them differently.
   */
  @Test
  void theReadmeSweepOfTheGrowthRateGivesThePointsOfEveryValueEvaluatedInFull() throws java.io.IOException {
    var enterprises = new ArrayList<Enterprise>();
    List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../seeds/examples/portfolio.jsonl"));
    for (int i = 0; i < lines.size(); i++) {
      enterprises.add(SRDI.readEnterprise(lines.get(i), i + 1).getOrElseThrow(p -> new AssertionError(p.message())));
    }
    Scenario scenario = Scenario.of(LocalDate.of(2025, 12, 31), enterprises);
    List<String> rates = List.of("1‰", "3‰", "5‰", "10‰");
    Sweep swept = SRDI.sweep(scenario, Reform.none(), List.of(new SweepAxis("guilin.growth-award.rate", false, rates)),
        SweepProgress.NONE).getOrElseThrow(p -> new AssertionError(p.message()));
    assertEquals(rates.size(), swept.points().size());
    assertTrue(swept.points().stream().map(SweepPoint::total).distinct().count() > 1, "the rate decides some award");
    for (SweepPoint point : swept.points()) {
      SweepPoint alone = SRDI.sweep(scenario, Reform.none(),
          List.of(new SweepAxis("guilin.growth-award.rate", false, List.of(point.value()))), SweepProgress.NONE)
          .getOrElseThrow(p -> new AssertionError(p.message())).points().get(0);
      assertEquals(alone.total(), point.total(), () -> "total at " + point.value());
      assertEquals(alone.enterprisesPaid(), point.enterprisesPaid(), () -> "paid at " + point.value());
      assertEquals(paying(alone.byFund()), paying(point.byFund()), () -> "by fund at " + point.value());
    }
  }

  private static SweepAxis only(SweepAxis axis, String value) {
    return new SweepAxis(axis.id(), axis.interpretation(), List.of(value));
  }

  /** The funds that pay something: a sweep lists every fund of any point, zero where a point pays nothing. */
  private static Map<String, Money> paying(Map<String, Money> byFund) {
    var out = new TreeMap<String, Money>();
    byFund.forEach((f, m) -> {
      if (!m.equals(Money.zero())) {
        out.put(f, m);
      }
    });
    return out;
  }

  private static Gen<Case> cases() {
    List<Jurisdiction> cities = SRDI.jurisdictions();
    Gen<List<Enterprise>> enterprises = in -> {
      var all = new ArrayList<Enterprise>();
      for (Jurisdiction j : cities) {
        int n = SourceDSL.integers().between(0, 6).generate(in);
        for (int i = 0; i < n; i++) {
          Enterprise e = EnterpriseGens.enterprises(j).generate(in);
          all.add(Enterprise.builder().from(e).id(EnterpriseId.of(j.id().value() + "-" + i + "-" + e.id().value()))
              .jurisdiction(j.id()).build());
        }
      }
      return all;
    };
    Gen<SweepAxis> axis = Generate.pick(cities).flatMap(j -> Generate.booleans().flatMap(interpretation ->
        interpretation && !j.interpretations().isEmpty() ? interpretation(j) : parameter(j)));
    Gen<Optional<SweepAxis>> across = Generate.booleans().flatMap(grid -> grid
        ? Generate.pick(cities.stream().filter(j -> !j.interpretations().isEmpty()).toList())
            .flatMap(SweepReuseProperties::interpretation).map(Optional::of)
        : Generate.constant(Optional.<SweepAxis>empty()));
    return in -> {
      LocalDate asOf = EnterpriseGens.asOfDates().generate(in);
      List<Enterprise> es = enterprises.generate(in);
      var axes = new ArrayList<SweepAxis>();
      axes.add(axis.generate(in));
      across.generate(in).filter(a -> !a.id().equals(axes.get(0).id())).ifPresent(axes::add);
      return new Case(asOf, es, axes);
    };
  }

  private static Gen<SweepAxis> interpretation(Jurisdiction j) {
    return Generate.pick(j.interpretations()).map(i -> SweepAxis.interpretation(i.id().value(), List.of()));
  }

  private static Gen<SweepAxis> parameter(Jurisdiction j) {
    return Generate.pick(j.parameters()).flatMap(p -> SourceDSL.lists().of(value(p)).ofSizeBetween(2, 4)
        .map(values -> new SweepAxis(p.id().value(), false, values.stream().distinct().toList())));
  }

  /** A value the parameter's unit reads, over a range wide enough to cross its thresholds. */
  private static Gen<String> value(Parameter<?> p) {
    return switch (p.unit().name()) {
      case "yuan" -> SourceDSL.integers().between(0, 3_000).map(k -> k * 1000 + "");
      case "percent" -> SourceDSL.integers().between(0, 100).map(n -> n + "%");
      case "permille" -> SourceDSL.integers().between(0, 30).map(n -> n + "‰");
      case "date" -> EnterpriseGens.dates().map(LocalDate::toString);
      case "factor" -> SourceDSL.integers().between(0, 30).map(n -> n / 10 + "." + n % 10);
      default -> SourceDSL.integers().between(0, 10).map(n -> n + "");
    };
  }
}
