package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.engine.DueDuty;
import dev.srdi.core.engine.Duty;
import dev.srdi.core.responsibility.Department;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.spi.Jurisdiction;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The responsibility matrix as JSON: each department's items, lead kept apart from responsible; and what falls due in a month. */
public final class DutiesJson {
  private DutiesJson() {}

  public static ObjectNode of(Jurisdiction j, List<Duty> matrix, Optional<YearMonth> month, List<DueDuty> due) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", j.id().value());
    ArrayNode departments = out.putArray("departments");
    byDepartment(matrix).forEach((department, duties) -> {
      ObjectNode entry = departments.addObject();
      entry.put("id", department.value());
      nameEn(j, department).ifPresent(n -> entry.put("nameEn", n));
      ArrayNode items = entry.putArray("items");
      for (Duty d : duties) {
        ObjectNode item = items.addObject();
        item.put("kind", d.itemKind());
        item.put("id", d.itemId());
        item.put("nameZh", d.itemNameZh());
        item.put("role", d.role().name());
        item.set("citation", EvaluationJson.citation(d.citation()));
      }
    });
    month.ifPresent(m -> {
      out.put("month", m.toString());
      ArrayNode list = out.putArray("due");
      for (DueDuty d : due) {
        ObjectNode item = list.addObject();
        item.put("date", d.due().toString());
        item.put("id", d.duty().id().value());
        item.put("nameZh", d.duty().nameZh());
        item.put("nameEn", d.duty().nameEn());
        item.put("schedule", d.duty().schedule().describe());
        EvaluationJson.units(item, d.duty().responsibility());
        item.set("citation", EvaluationJson.citation(d.duty().citation()));
      }
    });
    return out;
  }

  /** The matrix grouped by department, in the matrix's (sorted) order. */
  public static Map<DepartmentId, List<Duty>> byDepartment(List<Duty> matrix) {
    var out = new LinkedHashMap<DepartmentId, List<Duty>>();
    matrix.forEach(d -> out.computeIfAbsent(d.department(), k -> new java.util.ArrayList<>()).add(d));
    return out;
  }

  public static Optional<String> nameEn(Jurisdiction j, DepartmentId id) {
    return j.departments().stream().filter(d -> d.id().equals(id)).map(Department::nameEn).findFirst();
  }
}
