package dev.srdi.core.responsibility;

import java.util.Objects;

/**
 * A department, named as the document names it (e.g. 市工业和信息化局): the text is the id.
 *
 * @param value the name, not blank
 */
public record DepartmentId(String value) implements Comparable<DepartmentId> {
  /**
   * Rejects a blank name.
   *
   * @param value the name
   * @throws IllegalArgumentException when it is blank
   */
  public DepartmentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a department id must not be blank");
    }
  }

  /**
   * The id.
   *
   * @param value the name as the document writes it
   * @return the id
   */
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
