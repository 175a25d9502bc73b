package dev.srdi.api;

import dev.srdi.api.json.Json;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Fund;
import dev.srdi.core.engine.Funds;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A reform over a whole portfolio, every city at once: each enterprise under the city it names, the
 * reform's changes applied to the cities they belong to; per city, and each fund's cost per year
 * before and after, with the budgets held against it.
 *
 * @param asOf the day of the evaluation
 * @param reform the reform (title, description, changes, budgets)
 * @param cities one what-if per city that has enterprises in the portfolio, in the order the cities are loaded
 * @param fundYears each fund's cost per year, by fund id then year
 * @param budgets each budget against the cost of its fund and year, in the reform's order
 * @param leftOut the enterprises that name no loaded city, or none (which city's policy pays them is not known)
 */
public record PortfolioWhatIf(
    LocalDate asOf, Reform reform, List<WhatIf> cities, List<FundYear> fundYears, List<BudgetCheck> budgets,
    List<Enterprise> leftOut) {
  /** What every budget report says, since no document says it. */
  public static final String WHEN_A_FUND_RUNS_OUT = "The documents do not say what happens when a fund runs out:"
      + " nothing here is prorated or cut; an over-spend is reported as it is.";

  /**
   * Copies the lists; rejects a missing value.
   *
   * @param asOf the day
   * @param reform the reform
   * @param cities the per-city what-ifs
   * @param fundYears the fund × year costs
   * @param budgets the budget checks
   * @param leftOut the enterprises left out
   */
  public PortfolioWhatIf {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reform, "reform");
    cities = List.copyOf(cities);
    fundYears = List.copyOf(fundYears);
    budgets = List.copyOf(budgets);
    leftOut = List.copyOf(leftOut);
  }

  static PortfolioWhatIf of(LocalDate asOf, Reform reform, List<WhatIf> cities, List<Enterprise> leftOut) {
    var cells = new TreeMap<String, TreeMap<Integer, Money[]>>();
    var funds = new LinkedHashMap<String, Fund>();
    for (WhatIf city : cities) {
      Funds known = Funds.of(city.jurisdiction());
      add(cells, funds, known, city.result().baseline(), 0);
      add(cells, funds, known, city.result().variant(), 1);
    }
    var table = new ArrayList<FundYear>();
    cells.forEach((id, years) -> years.forEach((year, cost) -> table.add(new FundYear(funds.get(id), year, cost[0], cost[1]))));
    var checks = new ArrayList<BudgetCheck>();
    for (Budget b : reform.budgets()) {
      Fund fund = funds.get(b.fund());
      var years = new java.util.TreeSet<Integer>();
      b.year().ifPresent(years::add);
      if (b.year().isEmpty() && cells.containsKey(b.fund())) {
        years.addAll(cells.get(b.fund()).keySet());
      }
      for (int year : years) {
        Money[] cost = cells.getOrDefault(b.fund(), new TreeMap<>()).getOrDefault(year, new Money[] {Money.zero(), Money.zero()});
        boolean over = cost[1].compareTo(b.amount()) > 0;
        checks.add(new BudgetCheck(fund == null ? new Fund(b.fund(), b.fund()) : fund, year, b.amount(), cost[1],
            over ? shares(cities, b.fund(), year, (r, e) -> e.measure().value(), Integer.MAX_VALUE) : List.of(),
            over ? shares(cities, b.fund(), year, (r, e) -> r.enterprise().value(), BudgetCheck.DRIVERS) : List.of()));
      }
    }
    return new PortfolioWhatIf(asOf, reform, cities, table, checks, leftOut);
  }

  private static void add(Map<String, TreeMap<Integer, Money[]>> cells, Map<String, Fund> funds, Funds known,
      PortfolioResult result, int side) {
    for (EnterpriseResult r : result.enterprises()) {
      for (Entitlement e : r.entitlements()) {
        if (e.amount().isEmpty()) {
          continue;
        }
        Fund fund = known.of(e.fundingSource());
        funds.putIfAbsent(fund.id(), fund);
        Money[] cell = cells.computeIfAbsent(fund.id(), f -> new TreeMap<>())
            .computeIfAbsent(e.year(), y -> new Money[] {Money.zero(), Money.zero()});
        cell[side] = cell[side].plus(e.amount().get());
      }
    }
  }

  /** The variant's cost of the fund in the year, summed by a key (the measure, or the enterprise), largest first. */
  private static List<BudgetCheck.Share> shares(List<WhatIf> cities, String fund, int year,
      BiFunction<EnterpriseResult, Entitlement, String> key, int limit) {
    var sums = new LinkedHashMap<String, Money>();
    for (WhatIf city : cities) {
      Funds known = Funds.of(city.jurisdiction());
      for (EnterpriseResult r : city.result().variant().enterprises()) {
        for (Entitlement e : r.entitlements()) {
          if (e.year() == year && e.amount().isPresent() && known.of(e.fundingSource()).id().equals(fund)) {
            sums.merge(key.apply(r, e), e.amount().get(), Money::plus);
          }
        }
      }
    }
    return sums.entrySet().stream()
        .sorted(Map.Entry.<String, Money>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(s -> new BudgetCheck.Share(s.getKey(), s.getValue()))
        .toList();
  }

  /**
   * Every fund the portfolio's entitlements are paid from, by id.
   *
   * @return the funds, with their full names
   */
  public List<Fund> funds() {
    var out = new LinkedHashMap<String, Fund>();
    fundYears.forEach(c -> out.putIfAbsent(c.fund().id(), c.fund()));
    return List.copyOf(out.values());
  }

  /**
   * The total under the defaults, over every city.
   *
   * @return the baseline total
   */
  public Money baselineTotal() {
    return cities.stream().map(c -> c.result().baseline().summary().total()).reduce(Money.zero(), Money::plus);
  }

  /**
   * The total under the reform, over every city.
   *
   * @return the variant total
   */
  public Money variantTotal() {
    return cities.stream().map(c -> c.result().variant().summary().total()).reduce(Money.zero(), Money::plus);
  }

  /**
   * The document: the reform, per city, per fund and year, the budgets, every enterprise; indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(PortfolioWhatIfDocument.of(this));
  }
}
