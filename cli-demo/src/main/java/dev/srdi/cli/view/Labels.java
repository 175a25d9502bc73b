package dev.srdi.cli.view;

import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import java.util.stream.Collectors;

/** Bilingual labels for tables: the Chinese name beside the English one. */
public final class Labels {
  private Labels() {}

  /** "桂林市 Guilin (guilin)". */
  public static String jurisdiction(Jurisdiction j) {
    return j.nameZh() + " " + j.nameEn() + " (" + j.id() + ")";
  }

  /** Chinese name, English name and id, one a line, for a wrapped table cell. */
  public static String named(String nameZh, String nameEn, String id) {
    return nameZh + "\n" + nameEn + "\n" + id;
  }

  /** "牵头 lead: A；责任 responsible: B, C", or "—" where the text names nobody. */
  public static String units(Responsibility r) {
    if (r.isEmpty()) {
      return "—";
    }
    var parts = new java.util.ArrayList<String>();
    if (!r.lead().isEmpty()) {
      parts.add("牵头 lead: " + join(r.lead()));
    }
    if (!r.responsible().isEmpty()) {
      parts.add("责任 responsible: " + join(r.responsible()));
    }
    return String.join("\n", parts);
  }

  public static String join(List<DepartmentId> departments) {
    return departments.stream().map(DepartmentId::value).collect(Collectors.joining(", "));
  }

  /** "004_901c7209498bc010 二、（三）". */
  public static String clause(Citation c) {
    return c.document() + " " + c.clause();
  }

  /** "004_901c7209498bc010 二、（三） “quote”". */
  public static String citation(Citation c) {
    return c.describe();
  }
}
