package dev.srdi.core.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event that earns a measure if the window and stacking rules allow: its date, the year it is
 * for, what the amount is computed from, the project scope of a highest-only rule, who is paid when
 * it is not the enterprise (a park operator), and a readable explanation.
 */
public record Claim(
    MeasureId measure,
    LocalDate date,
    int year,
    Basis basis,
    Optional<String> scope,
    Optional<String> payee,
    String explanation,
    List<String> notes) implements Assessment {

  public Claim {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(explanation, "explanation");
    notes = List.copyOf(notes);
  }

  /** A claim for the event on {@code date}, counted in that date's year. */
  public static Claim of(MeasureId measure, LocalDate date, Basis basis, String explanation) {
    return new Claim(measure, date, date.getYear(), basis, Optional.empty(), Optional.empty(), explanation, List.of());
  }

  public Claim inScope(Optional<String> projectScope) {
    return new Claim(measure, date, year, basis, projectScope, payee, explanation, notes);
  }

  public Claim paidTo(String payeeDescription) {
    return new Claim(measure, date, year, basis, scope, Optional.of(payeeDescription), explanation, notes);
  }

  public Claim forYear(int performanceYear) {
    return new Claim(measure, date, performanceYear, basis, scope, payee, explanation, notes);
  }

  public Claim withNote(String note) {
    var more = new ArrayList<>(notes);
    more.add(note);
    return new Claim(measure, date, year, basis, scope, payee, explanation, more);
  }
}
