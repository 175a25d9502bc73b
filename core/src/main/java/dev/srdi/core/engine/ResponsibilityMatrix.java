package dev.srdi.core.engine;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Who owes what under a jurisdiction: department × item, lead kept apart from responsible. A
 * department the text spells two ways is one row, under its declared id.
 */
public final class ResponsibilityMatrix {
  private ResponsibilityMatrix() {}

  /**
   * Every department's role in every measure, task, target and duty of the jurisdiction.
   *
   * @param j the jurisdiction
   * @return the cells, by department, each spelling of a body under its main name
   */
  public static List<Duty> of(Jurisdiction j) {
    var out = new ArrayList<Duty>();
    Map<DepartmentId, DepartmentId> canonical = new HashMap<>();
    j.departments().forEach(d -> d.spellings().forEach(spelling -> canonical.put(spelling, d.id())));
    UnaryOperator<DepartmentId> body = id -> canonical.getOrDefault(id, id);
    j.measures().forEach(m -> add(out, body, m.descriptor().responsibility(), "measure", m.id().value(),
        m.descriptor().nameZh(), m.descriptor().citation()));
    j.portfolioMeasures().forEach(m -> add(out, body, m.descriptor().responsibility(), "measure",
        m.descriptor().id().value(), m.descriptor().nameZh(), m.descriptor().citation()));
    j.tasks().forEach(t -> add(out, body, t.responsibility(), "task", t.id().value(), t.nameZh(), t.citation()));
    j.targets().forEach(t -> add(out, body, t.responsibility(), "target", t.id().value(), t.nameZh(), t.citation()));
    j.duties().forEach(d -> add(out, body, d.responsibility(), "duty", d.id().value(), d.nameZh(), d.citation()));
    out.sort(Comparator.comparing(Duty::department).thenComparing(Duty::role).thenComparing(Duty::itemKind)
        .thenComparing(Duty::itemId));
    return List.copyOf(out);
  }

  /**
   * The recurring duties that fall due in the month: each deadline inside the window in which the duty's
   * document is in force, and not before that document was issued (a duty cannot fall due before the text that
   * creates it exists). An edge the document leaves unknown keeps the date, as nothing decides it.
   *
   * @param j the jurisdiction
   * @param month the month
   * @return the deadlines, in date order
   */
  public static List<DueDuty> dueIn(Jurisdiction j, YearMonth month) {
    Map<DocumentId, PolicyDocument> documents = new HashMap<>();
    j.documents().forEach(d -> documents.put(d.id(), d));
    return j.duties().stream()
        .flatMap(d -> d.dueIn(month).stream()
            .filter(date -> inForce(documents.get(d.citation().document()), date))
            .map(date -> new DueDuty(d, date)))
        .sorted(Comparator.comparing(DueDuty::due).thenComparing(d -> d.duty().id()))
        .toList();
  }

  private static boolean inForce(PolicyDocument document, LocalDate day) {
    if (document == null) {
      return true;
    }
    if (document.issued().isPresent() && day.isBefore(document.issued().get())) {
      return false;
    }
    Window.Placement placement = document.inForce().place(day);
    return placement != Window.Placement.BEFORE && placement != Window.Placement.AFTER;
  }

  private static void add(List<Duty> out, UnaryOperator<DepartmentId> body, Responsibility r, String kind, String id,
      String nameZh, Citation citation) {
    for (DepartmentId lead : r.lead()) {
      out.add(new Duty(body.apply(lead), Role.LEAD, kind, id, nameZh, citation));
    }
    for (DepartmentId responsible : r.responsible()) {
      out.add(new Duty(body.apply(responsible), Role.RESPONSIBLE, kind, id, nameZh, citation));
    }
  }
}
