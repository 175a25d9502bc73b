package dev.srdi.core.responsibility;

import java.util.Objects;

/** A department, named as the document names it (e.g. 市工业和信息化局): the text is the id. */
public record DepartmentId(String value) implements Comparable<DepartmentId> {
  public DepartmentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a department id must not be blank");
    }
  }

  public static DepartmentId of(String value) {
    return new DepartmentId(value);
  }

  @Override
  public int compareTo(DepartmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
