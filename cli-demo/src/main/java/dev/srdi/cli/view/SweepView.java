package dev.srdi.cli.view;

import dev.srdi.api.Sweep;
import dev.srdi.api.SweepAxis;
import dev.srdi.api.SweepPoint;
import dev.srdi.cli.text.Amounts;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.Fund;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as a table or CSV: one row per value, with the total, the enterprises paid and each fund's cost; a
 * two-parameter grid as the total per pair of values, a row per value of the first, a column per value of the second.
 */
public final class SweepView {
  private SweepView() {}

  public static String table(Sweep s) {
    if (s.isGrid()) {
      return gridTable(s);
    }
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

  /** The grid's totals: the first axis's values down, the second's across (the JSON has each point's funds). */
  private static String gridTable(Sweep s) {
    SweepAxis across = s.across().orElseThrow();
    var out = new StringBuilder("Sweep grid 参数网格 — total cost 总费用 (yuan 元): ").append(label(s.axis(), s.unit()))
        .append(" down, ").append(label(across, s.acrossUnit())).append(" across; ").append(s.enterprises())
        .append(" enterprises, as of ").append(s.asOf()).append('\n');
    var columns = new ArrayList<Column>(List.of(Column.left(s.axis().id())));
    across.values().forEach(v -> columns.add(Column.right(v)));
    var table = TextTable.of(columns.toArray(Column[]::new));
    for (List<SweepPoint> row : rows(s)) {
      var cells = new ArrayList<>(List.of(row.get(0).value()));
      row.forEach(p -> cells.add(Amounts.grouped(p.total())));
      table.row(cells);
    }
    return out.append(table.render()).toString();
  }

  /**
   * The grid's totals as CSV: the header names both axes ({@code first\second}) then the second's values; a
   * row per value of the first, the totals in yuan with fen.
   */
  public static String gridCsv(Sweep s) {
    SweepAxis across = s.across().orElseThrow();
    var header = new ArrayList<>(List.of(s.axis().id() + "\\" + across.id()));
    header.addAll(across.values());
    var out = new StringBuilder(Csv.row(header));
    for (List<SweepPoint> row : rows(s)) {
      var cells = new ArrayList<>(List.of(row.get(0).value()));
      row.forEach(p -> cells.add(p.total().toFenString()));
      out.append(Csv.row(cells));
    }
    return out.toString();
  }

  /** The points a row each value of the first axis: the sweep lists them with the first axis outer. */
  public static List<List<SweepPoint>> rows(Sweep s) {
    int width = s.across().map(a -> a.values().size()).orElse(1);
    var rows = new ArrayList<List<SweepPoint>>();
    for (int i = 0; i < s.points().size(); i += width) {
      rows.add(s.points().subList(i, i + width));
    }
    return rows;
  }

  private static String label(SweepAxis axis, java.util.Optional<String> unit) {
    return axis.id() + unit.map(u -> " (" + u + ")").orElse("");
  }
}
