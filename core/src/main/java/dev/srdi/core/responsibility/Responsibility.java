package dev.srdi.core.responsibility;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who owes a measure, task, target or duty: the lead units (牵头单位) and the responsible units (责任单位), kept apart
 * because some documents name both and they are not the same duty.
 *
 * @param lead the lead units (牵头单位), in the text's order
 * @param responsible the responsible units (责任单位), in the text's order
 */
public record Responsibility(List<DepartmentId> lead, List<DepartmentId> responsible) {
  private static final Responsibility NONE = new Responsibility(List.of(), List.of());

  /**
   * Copies both lists.
   *
   * @param lead the lead units
   * @param responsible the responsible units
   */
  public Responsibility {
    lead = List.copyOf(lead);
    responsible = List.copyOf(responsible);
  }

  /** {@return no unit: the text names none} */
  public static Responsibility none() {
    return NONE;
  }

  /**
   * Only 责任单位, as most clauses name them.
   *
   * @param departments the units as the text names them
   * @return the responsibility
   */
  public static Responsibility responsible(String... departments) {
    return new Responsibility(List.of(), ids(departments));
  }

  /**
   * 牵头单位 and 责任单位.
   *
   * @param lead the lead units as the text names them
   * @param responsible the responsible units
   * @return the responsibility
   */
  public static Responsibility ledBy(List<String> lead, List<String> responsible) {
    return new Responsibility(
        lead.stream().map(DepartmentId::of).toList(), responsible.stream().map(DepartmentId::of).toList());
  }

  /** {@return every unit named, lead units first} */
  public Stream<DepartmentId> all() {
    return Stream.concat(lead.stream(), responsible.stream()).distinct();
  }

  /** {@return whether the text names no unit} */
  public boolean isEmpty() {
    return lead.isEmpty() && responsible.isEmpty();
  }

  private static List<DepartmentId> ids(String... names) {
    return Arrays.stream(names).map(DepartmentId::of).toList();
  }
}
