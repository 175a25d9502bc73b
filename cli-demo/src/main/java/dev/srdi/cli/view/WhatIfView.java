package dev.srdi.cli.view;

import dev.srdi.api.json.AppliedOverride;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.EnterpriseDelta;
import dev.srdi.core.engine.WhatIfResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.money.Money;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import java.util.TreeSet;

/** A what-if as tables: the changes, then baseline, variant and difference per enterprise, in total and by fund. */
public final class WhatIfView {
  private WhatIfView() {}

  public static String table(Jurisdiction j, WhatIfResult w, List<AppliedOverride> overrides, List<Enterprise> enterprises) {
    var out = new StringBuilder("What-if 假设分析 — ").append(Labels.jurisdiction(j)).append(", as of ")
        .append(w.baseline().asOf()).append('\n');
    if (overrides.isEmpty()) {
      out.append("  no change: the variant is the baseline\n");
    }
    overrides.forEach(o -> out.append(echo(o)).append('\n'));
    var table = TextTable.of(Column.left("Enterprise 企业", 36), Column.right("Baseline 基线"), Column.right("Variant 方案"),
        Column.right("Difference 差额"));
    for (int i = 0; i < w.enterprises().size(); i++) {
      EnterpriseDelta d = w.enterprises().get(i);
      String name = i < enterprises.size() ? enterprises.get(i).name().map(n -> "\n" + n).orElse("") : "";
      table.row(d.enterprise().value() + name, Amounts.grouped(d.baseline()), Amounts.grouped(d.variant()),
          Amounts.signed(d.difference()));
    }
    table.rule().row("Total 合计", Amounts.grouped(w.baseline().summary().total()),
        Amounts.grouped(w.variant().summary().total()), Amounts.signed(w.totalDifference()));
    out.append(table.render());
    var before = w.baseline().summary().byFundingSource();
    var after = w.variant().summary().byFundingSource();
    var funds = new TreeSet<>(before.keySet());
    funds.addAll(after.keySet());
    if (!funds.isEmpty()) {
      var byFund = TextTable.of(Column.left("Funding source 资金来源", 40), Column.right("Baseline 基线"),
          Column.right("Variant 方案"), Column.right("Difference 差额"));
      funds.forEach(f -> {
        Money b = before.getOrDefault(f, Money.zero());
        Money v = after.getOrDefault(f, Money.zero());
        byFund.row(f, Amounts.grouped(b), Amounts.grouped(v), Amounts.signed(v.minus(b)));
      });
      out.append("\nBy funding source 按资金来源\n").append(byFund.render());
    }
    return out.toString();
  }

  /**
   * The override as given, what it was read as (with its unit: a bare number is in the parameter's
   * unit) and the default it replaced, so that {@code 5} for a permille rate cannot pass for 5%.
   */
  private static String echo(AppliedOverride o) {
    return o.kind() == AppliedOverride.Kind.PARAMETER
        ? "  --set " + o.id() + "=" + o.given() + ": " + o.value() + o.unit().map(u -> " (" + u + ")").orElse("")
            + ", replacing " + o.replaced()
        : "  --interpretation " + o.id() + "=" + o.value() + ", replacing " + o.replaced();
  }

  /**
   * One override row per parameter or interpretation changed (baseline: the default it replaced;
   * variant: the value as read), then one row per enterprise, one for the total and one per funding
   * source; the first column says which, so that no enterprise id can be mistaken for a total.
   */
  public static String csv(WhatIfResult w, List<AppliedOverride> overrides) {
    var out = new StringBuilder(Csv.row("kind", "id", "baseline", "variant", "difference"));
    overrides.forEach(o -> out.append(Csv.row(o.kind() == AppliedOverride.Kind.PARAMETER ? "parameter" : "interpretation",
        o.id(), o.replaced(), o.value(), "")));
    w.enterprises().forEach(d -> out.append(Csv.row("enterprise", d.enterprise().value(), d.baseline().toFenString(),
        d.variant().toFenString(), d.difference().toFenString())));
    out.append(Csv.row("total", "", w.baseline().summary().total().toFenString(),
        w.variant().summary().total().toFenString(), w.totalDifference().toFenString()));
    var before = w.baseline().summary().byFundingSource();
    var after = w.variant().summary().byFundingSource();
    w.differenceByFundingSource().forEach((fund, difference) -> out.append(Csv.row("fundingSource", fund,
        before.getOrDefault(fund, Money.zero()).toFenString(), after.getOrDefault(fund, Money.zero()).toFenString(),
        difference.toFenString())));
    return out.toString();
  }
}
