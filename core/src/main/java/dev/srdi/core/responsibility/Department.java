package dev.srdi.core.responsibility;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A department with its English name, for tables read by people who read no Chinese, and the other spellings
 * the document uses for the same body (e.g. 市发展改革局 and 市发展改革委), so that each clause keeps the text's own
 * spelling while the responsibility matrix shows the body once.
 *
 * @param id the department, as the document names it
 * @param nameEn its name in English
 * @param alsoWrittenAs the other spellings of it in the documents; never its own
 */
public record Department(DepartmentId id, String nameEn, List<DepartmentId> alsoWrittenAs) {
  /**
   * Copies the spellings; rejects a list that contains the id itself.
   *
   * @param id the department
   * @param nameEn its name in English
   * @param alsoWrittenAs the other spellings
   * @throws IllegalArgumentException when the id is among its other spellings
   */
  public Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameEn, "nameEn");
    alsoWrittenAs = List.copyOf(alsoWrittenAs);
    if (alsoWrittenAs.contains(id)) {
      throw new IllegalArgumentException(id + " lists itself as another spelling");
    }
  }

  /**
   * A department with one spelling.
   *
   * @param nameZh its name as the document writes it
   * @param nameEn its name in English
   * @return the department
   */
  public static Department of(String nameZh, String nameEn) {
    return new Department(DepartmentId.of(nameZh), nameEn, List.of());
  }

  /**
   * The same body under the other spellings the text uses.
   *
   * @param spellings the other spellings
   * @return the department
   */
  public Department alsoWrittenAs(String... spellings) {
    return new Department(id, nameEn, Arrays.stream(spellings).map(DepartmentId::of).toList());
  }

  /** {@return its name as the document writes it (the id)} */
  public String nameZh() {
    return id.value();
  }

  /** {@return every spelling of this department, its id first} */
  public Stream<DepartmentId> spellings() {
    return Stream.concat(Stream.of(id), alsoWrittenAs.stream());
  }
}
