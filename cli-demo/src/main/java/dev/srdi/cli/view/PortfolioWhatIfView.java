package dev.srdi.cli.view;

import dev.srdi.api.BudgetCheck;
import dev.srdi.api.FundYear;
import dev.srdi.api.PortfolioWhatIf;
import dev.srdi.api.WhatIf;
import dev.srdi.api.json.AppliedOverride;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.EnterpriseDelta;
import dev.srdi.core.engine.Fund;
import dev.srdi.core.money.Money;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A whole-portfolio what-if as tables: the reform, the totals by city, the funds with their short ids,
 * the fund × year table of baseline, variant and difference, the budgets, then every enterprise.
 */
public final class PortfolioWhatIfView {
  private PortfolioWhatIfView() {}

  public static String table(PortfolioWhatIf w) {
    var out = new StringBuilder("What-if 假设分析 — every city 全部城市, as of ").append(w.asOf()).append('\n');
    w.reform().title().ifPresent(t -> out.append("  ").append(t).append('\n'));
    if (w.cities().stream().allMatch(c -> c.overrides().isEmpty())) {
      out.append("  no change: the variant is the baseline\n");
    }
    w.cities().forEach(c -> c.overrides().forEach(o -> out.append(echo(o)).append('\n')));
    var cities = TextTable.of(Column.left("City 城市", 30), Column.right("Enterprises 企业"), Column.right("Baseline 基线"),
        Column.right("Variant 方案"), Column.right("Difference 差额"));
    for (WhatIf c : w.cities()) {
      Money b = c.result().baseline().summary().total();
      Money v = c.result().variant().summary().total();
      cities.row(Labels.jurisdiction(c.jurisdiction()), String.valueOf(c.enterprises().size()), Amounts.grouped(b),
          Amounts.grouped(v), Amounts.signed(v.minus(b)));
    }
    cities.rule().row("Total 合计", String.valueOf(w.cities().stream().mapToInt(c -> c.enterprises().size()).sum()),
        Amounts.grouped(w.baselineTotal()), Amounts.grouped(w.variantTotal()),
        Amounts.signed(w.variantTotal().minus(w.baselineTotal())));
    out.append(cities.render());
    if (!w.fundYears().isEmpty()) {
      var funds = TextTable.of(Column.left("Fund 资金", 24), Column.left("Name 名称", 60));
      w.funds().forEach(f -> funds.row(f.id(), f.name()));
      out.append("\nFunds 资金来源\n").append(funds.render());
      var cells = TextTable.of(Column.left("Fund 资金", 24), Column.right("Year 年度"), Column.right("Baseline 基线"),
          Column.right("Variant 方案"), Column.right("Difference 差额"));
      w.fundYears().forEach(c -> cells.row(c.fund().id(), String.valueOf(c.year()), Amounts.grouped(c.baseline()),
          Amounts.grouped(c.variant()), Amounts.signed(c.difference())));
      out.append("\nBy fund and year 按资金与年度\n").append(cells.render());
      out.append("\nBy year 按年度\n").append(sums(w, c -> String.valueOf(c.year()), "Year 年度").render());
    }
    if (!w.reform().budgets().isEmpty()) {
      var budgets = TextTable.of(Column.left("Fund 资金", 24), Column.right("Year 年度"), Column.right("Budget 预算"),
          Column.right("Cost 支出"), Column.right("Headroom 余额"), Column.left("Status 状态"));
      w.budgets().forEach(b -> budgets.row(b.fund().id(), String.valueOf(b.year()), Amounts.grouped(b.budget()),
          Amounts.grouped(b.cost()), Amounts.signed(b.headroom()), b.over() ? "OVER 超支" : "within 未超"));
      out.append("\nBudgets 预算\n").append(budgets.render());
      for (BudgetCheck b : w.budgets()) {
        if (b.over()) {
          out.append("\n").append(b.fund().id()).append(' ').append(b.year()).append(" is over by ")
              .append(Amounts.grouped(b.cost().minus(b.budget()))).append(": by measure 按措施\n");
          b.byMeasure().forEach(s -> out.append("  ").append(s.id()).append("  ").append(Amounts.grouped(s.amount())).append('\n'));
          out.append("  the enterprises that cost it most 支出最多的企业\n");
          b.byEnterprise().forEach(s -> out.append("  ").append(s.id()).append("  ").append(Amounts.grouped(s.amount())).append('\n'));
        }
      }
      out.append(PortfolioWhatIf.WHEN_A_FUND_RUNS_OUT).append('\n');
    }
    var enterprises = TextTable.of(Column.left("Enterprise 企业", 36), Column.left("City 城市"), Column.right("Baseline 基线"),
        Column.right("Variant 方案"), Column.right("Difference 差额"));
    for (WhatIf c : w.cities()) {
      for (int i = 0; i < c.result().enterprises().size(); i++) {
        EnterpriseDelta d = c.result().enterprises().get(i);
        String name = c.enterprises().get(i).name().map(n -> "\n" + n).orElse("");
        enterprises.row(d.enterprise().value() + name, c.jurisdiction().id().value(), Amounts.grouped(d.baseline()),
            Amounts.grouped(d.variant()), Amounts.signed(d.difference()));
      }
    }
    out.append("\nBy enterprise 按企业\n").append(enterprises.render());
    return out.toString();
  }

  private static TextTable sums(PortfolioWhatIf w, Function<FundYear, String> key, String header) {
    var before = new TreeMap<String, Money>();
    var after = new TreeMap<String, Money>();
    for (FundYear c : w.fundYears()) {
      before.merge(key.apply(c), c.baseline(), Money::plus);
      after.merge(key.apply(c), c.variant(), Money::plus);
    }
    var table = TextTable.of(Column.left(header), Column.right("Baseline 基线"), Column.right("Variant 方案"),
        Column.right("Difference 差额"));
    before.forEach((k, b) -> table.row(k, Amounts.grouped(b), Amounts.grouped(after.get(k)),
        Amounts.signed(after.get(k).minus(b))));
    return table;
  }

  private static String echo(AppliedOverride o) {
    return o.kind() == AppliedOverride.Kind.PARAMETER
        ? "  " + o.id() + "=" + o.given() + ": " + o.value() + o.unit().map(u -> " (" + u + ")").orElse("")
            + ", replacing " + o.replaced()
        : "  " + o.id() + "=" + o.value() + ", replacing " + o.replaced();
  }

  /**
   * Rows of kind {@code fund} (id, full name), {@code city}, {@code fundYear}, {@code budget} (budget,
   * cost, headroom, status), {@code overByMeasure} and {@code overByEnterprise} (what drives an
   * over-spend; its fund in the last column), {@code enterprise}, then {@code total}: the kind comes
   * first, so that one file holds every table and no row can be mistaken for another's.
   */
  public static String csv(PortfolioWhatIf w) {
    var out = new StringBuilder(Csv.row("kind", "id", "city", "year", "baseline", "variant", "difference", "name"));
    for (Fund f : w.funds()) {
      out.append(Csv.row("fund", f.id(), "", "", "", "", "", f.name()));
    }
    for (WhatIf c : w.cities()) {
      Money b = c.result().baseline().summary().total();
      Money v = c.result().variant().summary().total();
      out.append(Csv.row("city", c.jurisdiction().id().value(), c.jurisdiction().id().value(), "", b.toFenString(),
          v.toFenString(), v.minus(b).toFenString(), ""));
    }
    for (FundYear c : w.fundYears()) {
      out.append(Csv.row("fundYear", c.fund().id(), "", String.valueOf(c.year()), c.baseline().toFenString(),
          c.variant().toFenString(), c.difference().toFenString(), ""));
    }
    for (BudgetCheck b : w.budgets()) {
      // A budget row: baseline is the budget, variant the cost, difference the headroom (negative when over).
      out.append(Csv.row("budget", b.fund().id(), "", String.valueOf(b.year()), b.budget().toFenString(),
          b.cost().toFenString(), b.headroom().toFenString(), b.over() ? "over" : "within"));
      b.byMeasure().forEach(s -> out.append(Csv.row("overByMeasure", s.id(), "", String.valueOf(b.year()), "",
          s.amount().toFenString(), "", b.fund().id())));
      b.byEnterprise().forEach(s -> out.append(Csv.row("overByEnterprise", s.id(), "", String.valueOf(b.year()), "",
          s.amount().toFenString(), "", b.fund().id())));
    }
    for (WhatIf c : w.cities()) {
      c.result().enterprises().forEach(d -> out.append(Csv.row("enterprise", d.enterprise().value(),
          c.jurisdiction().id().value(), "", d.baseline().toFenString(), d.variant().toFenString(),
          d.difference().toFenString(), "")));
    }
    out.append(Csv.row("total", "", "", "", w.baselineTotal().toFenString(), w.variantTotal().toFenString(),
        w.variantTotal().minus(w.baselineTotal()).toFenString(), ""));
    return out.toString();
  }
}
