package dev.srdi.cli.view;

import dev.srdi.api.json.TargetsJson;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.TargetReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Target reports as a table and as CSV. */
public final class TargetsView {
  private TargetsView() {}

  public static String table(Jurisdiction j, int year, LocalDate asOf, List<TargetReport> reports, Settings settings) {
    var out = new StringBuilder("Targets 目标 — ").append(Labels.jurisdiction(j)).append(", year ").append(year)
        .append(", as of ").append(asOf).append('\n');
    if (reports.isEmpty()) {
      return out.append("  the jurisdiction declares no target\n").toString();
    }
    var table = TextTable.of(Column.left("Target 目标", 36), Column.left("Period"), Column.right("Required"),
        Column.right("Reached"), Column.right("Gap"), Column.left("Status"), Column.left("Responsible 责任单位", 30),
        Column.left("How it was read", 40));
    for (TargetReport r : reports) {
      String unit = TargetsJson.unit(r.target());
      table.row(Labels.named(r.target().nameZh(), r.target().nameEn(), r.target().id().value()),
          TargetsJson.period(r.target().period(), settings), withUnit(r.required(), unit),
          r.reached().map(v -> withUnit(v, unit)).orElse("—"), r.gap().map(v -> gapWithUnit(v, unit)).orElse("—"),
          r.status().name(), Labels.units(r.target().responsibility()),
          r.note() + "\n" + Labels.clause(r.target().citation()));
    }
    return out.append(table.render()).toString();
  }

  /** A value as people read it in its unit: "70%" for a share, "×2" for a factor, a count plain ("30"). */
  static String withUnit(BigDecimal value, String unit) {
    String number = TargetsJson.number(value);
    return switch (unit) {
      case "percent" -> number + "%";
      case "permille" -> number + "‰";
      case "factor" -> "×" + number;
      default -> number;
    };
  }

  /** A gap: percentage points as "5%", a factor's shortfall plain ("0.75", not "×0.75", which reads as a factor). */
  static String gapWithUnit(BigDecimal value, String unit) {
    return "factor".equals(unit) ? TargetsJson.number(value) : withUnit(value, unit);
  }

  public static String csv(List<TargetReport> reports) {
    var out = new StringBuilder(Csv.row("target", "nameZh", "nameEn", "required", "reached", "gap", "status",
        "leadUnits", "responsibleUnits", "note", "unit"));
    for (TargetReport r : reports) {
      out.append(Csv.row(r.target().id().value(), r.target().nameZh(), r.target().nameEn(),
          TargetsJson.number(r.required()), r.reached().map(TargetsJson::number).orElse(""),
          r.gap().map(TargetsJson::number).orElse(""), r.status().name(), Labels.join(r.target().responsibility().lead()),
          Labels.join(r.target().responsibility().responsible()), r.note(), TargetsJson.unit(r.target())));
    }
    return out.toString();
  }
}
