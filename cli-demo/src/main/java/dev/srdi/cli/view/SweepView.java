package dev.srdi.cli.view;

import dev.srdi.api.Sweep;
import dev.srdi.api.SweepPoint;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.Fund;
import java.util.ArrayList;
import java.util.List;

/** A sweep as a table or CSV: one row per value, with the total, the enterprises paid and each fund's cost. */
public final class SweepView {
  private SweepView() {}

  public static String table(Sweep s) {
    var out = new StringBuilder("Sweep 参数扫描 — ").append(s.axis().id())
        .append(s.unit().map(u -> " (" + u + ")").orElse("")).append(", ").append(s.enterprises())
        .append(" enterprises, as of ").append(s.asOf()).append('\n');
    var columns = new ArrayList<Column>(List.of(Column.left("Value 取值"), Column.right("Total 合计"),
        Column.right("Paid 获奖企业")));
    s.funds().forEach(f -> columns.add(Column.right(f.id())));
    var table = TextTable.of(columns.toArray(Column[]::new));
    for (SweepPoint p : s.points()) {
      var row = new ArrayList<>(List.of(p.value(), Amounts.grouped(p.total()), String.valueOf(p.enterprisesPaid())));
      s.funds().forEach(f -> row.add(Amounts.grouped(p.byFund().get(f.id()))));
      table.row(row);
    }
    out.append(table.render());
    if (!s.funds().isEmpty()) {
      var funds = TextTable.of(Column.left("Fund 资金", 24), Column.left("Name 名称", 60));
      s.funds().forEach(f -> funds.row(f.id(), f.name()));
      out.append("\nFunds 资金来源\n").append(funds.render());
    }
    return out.toString();
  }

  /** {@code value,total,enterprisesPaid}, then one column per fund id (the JSON names each fund). */
  public static String csv(Sweep s) {
    var header = new ArrayList<>(List.of("value", "total", "enterprisesPaid"));
    s.funds().stream().map(Fund::id).forEach(header::add);
    var out = new StringBuilder(Csv.row(header));
    for (SweepPoint p : s.points()) {
      var row = new ArrayList<>(List.of(p.value(), p.total().toFenString(), String.valueOf(p.enterprisesPaid())));
      s.funds().forEach(f -> row.add(p.byFund().get(f.id()).toFenString()));
      out.append(Csv.row(row));
    }
    return out.toString();
  }
}
