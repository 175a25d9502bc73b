package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reform files (YAML or JSON) through the facade, and a reform over a whole portfolio, every city at once. */
final class ReformTest {
  private static final Path REFORMS = Path.of("..", "seeds", "examples", "reforms");
  private static final Srdi SRDI = Srdi.load();

  @Test
  void a_yaml_reform_reads_its_dated_override_interpretation_and_budget() throws IOException {
    Reform r = SRDI.readReform(read(REFORMS.resolve("guilin-growth-5permille.yaml"))).get();
    assertEquals(Optional.of("桂林产值增长奖励提至5‰"), r.title());
    assertEquals("5‰@2024-01-01", r.overrides().parameters().get("guilin.growth-award.rate"));
    assertEquals("first-final", r.overrides().interpretations().get("zhanjiang.highest-only"));
    assertEquals(List.of(new Budget("guilin.fund-1", Money.yuan(30_000), Optional.of(2024))), r.budgets());
  }

  @Test
  void a_json_reform_reads_the_same_way() throws IOException {
    Reform r = SRDI.readReform(read(REFORMS.resolve("zhanjiang-award-doubled.json"))).get();
    assertEquals("60万", r.overrides().parameters().get("zhanjiang.tier-award.provincial-srdi"));
    assertEquals(Optional.empty(), r.budgets().get(0).year());
  }

  @Test
  void a_json_reform_indented_with_tabs_is_read_as_json_is() {
    // YAML refuses a tab where JSON allows one, as many editors indent JSON.
    String text = "{\n\t\"schema\": \"srdi-reform/1\",\n\t\"parameters\": {\"guilin.growth-award.rate\": \"5‰\"}\n}\n";
    Reform r = SRDI.readReform(text).get();
    assertEquals("5‰", r.overrides().parameters().get("guilin.growth-award.rate"));
    var problem = (Problem.InvalidInput) SRDI.readReform(text.replace("\n}", ",\n\t\"colour\": \"blue\"\n}")).getLeft();
    assertEquals(List.of("colour: unknown field (known: budgets, description, interpretations, parameters, schema, title)"
        + " (line 4)"), problem.errors().stream().map(e -> e.describe()).toList());
  }

  @Test
  void every_mistake_is_reported_with_its_path_and_line() {
    String text = String.join("\n",
        "schema: srdi-reform/1",
        "parameters:",
        "  guilin.growth-award.rate: {value: 5‰, from: 2025-13-01}",
        "  guilin.growth-award.cap: 5‰@2025-01-01",
        "budgets:",
        "  - fund: guilin.fund-1",
        "    amount: -5",
        "colour: blue",
        "");
    var problem = (Problem.InvalidInput) SRDI.readReform(text).getLeft();
    var described = problem.errors().stream().map(e -> e.describe()).toList();
    assertEquals(List.of(
        "parameters.guilin.growth-award.rate.from: is not a date in the calendar: 2025-13-01 (line 3)",
        "parameters.guilin.growth-award.cap: write a date as {value: ..., from: YYYY-MM-DD}, not with @ (line 4)",
        "budgets[0].amount: must not be negative (line 7)",
        "colour: unknown field (known: budgets, description, interpretations, parameters, schema, title) (line 8)"),
        described);
  }

  @Test
  void a_yaml_syntax_error_names_its_line() {
    var problem = (Problem.InvalidInput) SRDI.readReform("schema: srdi-reform/1\nparameters: [\n").getLeft();
    assertTrue(problem.errors().get(0).line().isPresent(), problem.message());
  }

  @Test
  void a_whole_portfolio_what_if_takes_every_enterprise_under_its_own_city() throws IOException {
    Scenario portfolio = portfolio();
    Reform reform = SRDI.readReform(read(REFORMS.resolve("guilin-growth-5permille.yaml"))).get();
    PortfolioWhatIf w = SRDI.whatIf(portfolio, reform).get();
    assertEquals(portfolio.enterprises().size(), w.cities().stream().mapToInt(c -> c.enterprises().size()).sum()
        + w.leftOut().size());
    for (WhatIf city : w.cities()) {
      assertTrue(city.enterprises().stream().allMatch(e -> e.jurisdiction().orElseThrow().equals(city.jurisdiction().id())));
    }
    // The fund × year table adds up to the totals, on both sides.
    assertEquals(w.baselineTotal(), w.fundYears().stream().map(FundYear::baseline).reduce(Money.zero(), Money::plus));
    assertEquals(w.variantTotal(), w.fundYears().stream().map(FundYear::variant).reduce(Money.zero(), Money::plus));
    // Only Guilin's changes and Zhanjiang's reading move anything; Xiangxiang's cost is its baseline.
    WhatIf xiangxiang = w.cities().stream().filter(c -> c.jurisdiction().id().value().equals("xiangxiang")).findFirst().orElseThrow();
    assertEquals(xiangxiang.result().baseline().summary().total(), xiangxiang.result().variant().summary().total());
    // The budget is checked against the variant's cost of that fund in that year, summed from the entitlements.
    BudgetCheck check = w.budgets().get(0);
    Money expected = Money.zero();
    WhatIf guilin = w.cities().stream().filter(c -> c.jurisdiction().id().value().equals("guilin")).findFirst().orElseThrow();
    String fundName = w.funds().stream().filter(f -> f.id().equals("guilin.fund-1")).findFirst().orElseThrow().name();
    for (var r : guilin.result().variant().enterprises()) {
      for (Entitlement e : r.entitlements()) {
        if (e.year() == 2024 && e.amount().isPresent() && e.fundingSource().equals(Optional.of(fundName))) {
          expected = expected.plus(e.amount().get());
        }
      }
    }
    assertEquals(expected, check.cost());
    assertEquals(check.over(), !check.byMeasure().isEmpty());
    if (check.over()) {
      assertEquals(check.cost(), check.byMeasure().stream().map(BudgetCheck.Share::amount).reduce(Money.zero(), Money::plus));
    }
  }

  @Test
  void a_change_that_names_no_city_and_a_budget_for_no_fund_are_problems() throws IOException {
    Scenario portfolio = portfolio();
    Reform unknownCity = SRDI.readReform("schema: srdi-reform/1\nparameters: {atlantis.award: 5}\n").get();
    assertEquals("invalid-overrides", SRDI.whatIf(portfolio, unknownCity).getLeft().code());
    Reform unknownFund = SRDI.readReform("schema: srdi-reform/1\nbudgets: [{fund: guilin.fund-99, amount: 5}]\n").get();
    Problem p = SRDI.whatIf(portfolio, unknownFund).getLeft();
    assertTrue(p.message().contains("guilin.fund-99"), p.message());
  }

  private static Scenario portfolio() throws IOException {
    var enterprises = new ArrayList<Enterprise>();
    List<String> lines = Files.readAllLines(Path.of("..", "seeds", "examples", "portfolio.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      enterprises.add(SRDI.readEnterprise(lines.get(i), i + 1).get());
    }
    return Scenario.of(LocalDate.of(2025, 12, 31), enterprises);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
