package dev.srdi.cli.view;

import dev.srdi.api.json.DutiesJson;
import dev.srdi.cli.text.Csv;
import dev.srdi.cli.text.TextTable;
import dev.srdi.cli.text.TextTable.Column;
import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.Duty;
import dev.srdi.core.engine.Role;
import dev.srdi.core.spi.Jurisdiction;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The responsibility matrix: department × measures, tasks, targets and duties, lead apart from responsible. */
public final class DutiesView {
  private static final List<String> KINDS = List.of("measure", "task", "target", "duty");

  private DutiesView() {}

  public static String table(Jurisdiction j, List<Duty> matrix, Optional<YearMonth> month, List<DueDuty> due) {
    var out = new StringBuilder("Responsibility matrix 责任分工 — ").append(Labels.jurisdiction(j)).append('\n');
    if (matrix.isEmpty()) {
      out.append("  the jurisdiction names no department\n");
    } else {
      var pivot = TextTable.of(Column.left("Department 部门", 36), Column.right("Measures 措施"), Column.right("Tasks 任务"),
          Column.right("Targets 目标"), Column.right("Duties 常规工作"));
      DutiesJson.byDepartment(matrix).forEach((department, duties) -> {
        var row = new java.util.ArrayList<String>();
        row.add(department.value() + DutiesJson.nameEn(j, department).map(n -> "\n" + n).orElse(""));
        for (String kind : KINDS) {
          row.add(count(duties, kind, Role.LEAD) + " lead 牵头\n" + count(duties, kind, Role.RESPONSIBLE) + " resp. 责任");
        }
        pivot.row(row);
      });
      out.append(pivot.render());
      var detail = TextTable.of(Column.left("Department 部门", 30), Column.left("Role 角色"), Column.left("Kind"),
          Column.left("Item 事项", 44), Column.left("Clause 条款", 24));
      for (Duty d : matrix) {
        detail.row(d.department().value(), d.role().nameZh() + " " + d.role().name().toLowerCase(java.util.Locale.ROOT),
            d.itemKind(), d.itemNameZh() + "\n" + d.itemId(), Labels.clause(d.citation()));
      }
      out.append("\nItems by department 各部门事项\n").append(detail.render());
    }
    month.ifPresent(m -> {
      out.append("\nDue in ").append(m).append(" 本月到期\n");
      if (due.isEmpty()) {
        out.append("  nothing falls due\n");
      } else {
        var table = TextTable.of(Column.left("Due 截止"), Column.left("Duty 工作", 40), Column.left("Schedule", 30),
            Column.left("Owed by 责任单位", 30), Column.left("Clause 条款", 24));
        due.forEach(d -> table.row(d.due().toString(),
            Labels.named(d.duty().nameZh(), d.duty().nameEn(), d.duty().id().value()), d.duty().schedule().describe(),
            Labels.units(d.duty().responsibility()), Labels.clause(d.duty().citation())));
        out.append(table.render());
      }
    });
    return out.toString();
  }

  /**
   * One row per department and item; {@code due} is the day a recurring duty falls due in the
   * {@code --month} asked for (empty for other items, or when no month is asked).
   */
  public static String csv(List<Duty> matrix, List<DueDuty> due) {
    var dueById = new java.util.HashMap<String, String>();
    due.forEach(d -> dueById.merge(d.duty().id().value(), d.due().toString(), (a, b) -> a + "; " + b));
    var out = new StringBuilder(Csv.row("department", "role", "kind", "item", "nameZh", "document", "clause", "due"));
    matrix.forEach(d -> out.append(Csv.row(d.department().value(), d.role().name(), d.itemKind(), d.itemId(),
        d.itemNameZh(), d.citation().document().value(), d.citation().clause(),
        d.itemKind().equals("duty") ? dueById.getOrDefault(d.itemId(), "") : "")));
    return out.toString();
  }

  private static long count(List<Duty> duties, String kind, Role role) {
    return duties.stream().filter(d -> d.itemKind().equals(kind) && d.role() == role).count();
  }
}
