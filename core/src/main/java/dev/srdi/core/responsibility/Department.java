package dev.srdi.core.responsibility;

import java.util.Objects;

/** A department with its English name, for tables read by people who read no Chinese. */
public record Department(DepartmentId id, String nameEn) {
  public Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameEn, "nameEn");
  }

  public static Department of(String nameZh, String nameEn) {
    return new Department(DepartmentId.of(nameZh), nameEn);
  }

  public String nameZh() {
    return id.value();
  }
}
