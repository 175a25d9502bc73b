package dev.srdi.core.responsibility;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A department with its English name, for tables read by people who read no Chinese, and the other
 * spellings the document uses for the same body (e.g. 市发展改革局 and 市发展改革委), so that each clause
 * keeps the text's own spelling while the responsibility matrix shows the body once.
 */
public record Department(DepartmentId id, String nameEn, List<DepartmentId> alsoWrittenAs) {
  public Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameEn, "nameEn");
    alsoWrittenAs = List.copyOf(alsoWrittenAs);
    if (alsoWrittenAs.contains(id)) {
      throw new IllegalArgumentException(id + " lists itself as another spelling");
    }
  }

  public static Department of(String nameZh, String nameEn) {
    return new Department(DepartmentId.of(nameZh), nameEn, List.of());
  }

  /** The same body under the other spellings the text uses. */
  public Department alsoWrittenAs(String... spellings) {
    return new Department(id, nameEn, Arrays.stream(spellings).map(DepartmentId::of).toList());
  }

  public String nameZh() {
    return id.value();
  }

  /** Every spelling of this department, its id first. */
  public Stream<DepartmentId> spellings() {
    return Stream.concat(Stream.of(id), alsoWrittenAs.stream());
  }
}
