package dev.srdi.core.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event that earns a measure if the window and stacking rules allow: its date, the year it is for, what the
 * amount is computed from, the project scope of a highest-only rule, who is paid when it is not the enterprise
 * (a park operator), and a readable explanation.
 *
 * <p>The explanation is {@link Words}: a measure may hand it over unwritten ({@link Words#lazily}), so that
 * an evaluation whose caller reads only amounts never formats it; {@link #explanation()} writes it when read.
 *
 * @param measure the measure claimed
 * @param date the event's date, which the window and the parameters in force are read on
 * @param year the year the award is for (the performance year, which may differ from the date's)
 * @param basis what the amount is computed from
 * @param scope the project a highest-only rule compares within; empty for the whole enterprise
 * @param payee who is paid where it is not the enterprise, in words
 * @param why why the event earns the measure, in words written when read ({@link #explanation()})
 * @param notes further remarks shown with the entitlement
 */
public record Claim(
    MeasureId measure,
    LocalDate date,
    int year,
    Basis basis,
    Optional<String> scope,
    Optional<String> payee,
    Words why,
    List<String> notes) implements Assessment {

  /**
   * Copies the notes; rejects a missing value.
   *
   * @param measure the measure
   * @param date the event's date
   * @param year the year it is for
   * @param basis the basis
   * @param scope the project scope, if any
   * @param payee the payee, if not the enterprise
   * @param why the explanation
   * @param notes the notes
   */
  public Claim {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(why, "why");
    notes = List.copyOf(notes);
  }

  /**
   * A claim whose explanation is already written (the form before explanations were {@link Words}).
   *
   * @param measure the measure
   * @param date the event's date
   * @param year the year it is for
   * @param basis the basis
   * @param scope the project scope, if any
   * @param payee the payee, if not the enterprise
   * @param explanation the explanation
   * @param notes the notes
   */
  public Claim(MeasureId measure, LocalDate date, int year, Basis basis, Optional<String> scope,
      Optional<String> payee, String explanation, List<String> notes) {
    this(measure, date, year, basis, scope, payee, Words.of(explanation), notes);
  }

  /**
   * A claim for the event on {@code date}, counted in that date's year.
   *
   * @param measure the measure
   * @param date the event's date
   * @param basis the basis
   * @param explanation why it earns the measure
   * @return the claim, for the whole enterprise, paid to it
   */
  public static Claim of(MeasureId measure, LocalDate date, Basis basis, String explanation) {
    return of(measure, date, basis, Words.of(explanation));
  }

  /**
   * A claim for the event on {@code date}, counted in that date's year, its explanation written when read.
   *
   * @param measure the measure
   * @param date the event's date
   * @param basis the basis
   * @param why why it earns the measure, e.g. {@code Words.lazily(() -> "grew in " + year + …)}
   * @return the claim, for the whole enterprise, paid to it
   */
  public static Claim of(MeasureId measure, LocalDate date, Basis basis, Words why) {
    return new Claim(measure, date, date.getYear(), basis, Optional.empty(), Optional.empty(), why, List.of());
  }

  /** {@return why the event earns the measure, in words: {@link #why()} written (once, then remembered)} */
  public String explanation() {
    return why.text();
  }

  /**
   * The same claim, within a project's scope.
   *
   * @param projectScope the project; empty for the whole enterprise
   * @return the claim
   */
  public Claim inScope(Optional<String> projectScope) {
    return new Claim(measure, date, year, basis, projectScope, payee, why, notes);
  }

  /**
   * The same claim, paid to someone other than the enterprise.
   *
   * @param payeeDescription who is paid, e.g. "the park's operator"
   * @return the claim
   */
  public Claim paidTo(String payeeDescription) {
    return new Claim(measure, date, year, basis, scope, Optional.of(payeeDescription), why, notes);
  }

  /**
   * The same claim, for another year than its date's (an award for 2023's results paid in 2024).
   *
   * @param performanceYear the year it is for
   * @return the claim
   */
  public Claim forYear(int performanceYear) {
    return new Claim(measure, date, performanceYear, basis, scope, payee, why, notes);
  }

  /**
   * The same claim with one more note.
   *
   * @param note the note
   * @return the claim
   */
  public Claim withNote(String note) {
    var more = new ArrayList<>(notes);
    more.add(note);
    return new Claim(measure, date, year, basis, scope, payee, why, more);
  }
}
