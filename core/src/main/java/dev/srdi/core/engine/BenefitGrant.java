package dev.srdi.core.engine;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.Words;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;
import java.util.Objects;

/**
 * A non-monetary benefit an enterprise enjoys (a priority, a service, a place on a list).
 *
 * @param measure the measure
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param year the year of the event that earns it
 * @param description what the benefit is
 * @param citation the clause
 * @param responsibility the units that owe it
 * @param why why the enterprise gets it, in words written when read ({@link #explanation()})
 * @param notes further remarks
 */
public record BenefitGrant(
    MeasureId measure, String nameZh, String nameEn, int year, String description, Citation citation,
    Responsibility responsibility, Words why, List<String> notes) {
  /**
   * Copies the notes; rejects a missing value.
   *
   * @param measure the measure
   * @param nameZh its name
   * @param nameEn its name in English
   * @param year the year
   * @param description what it is
   * @param citation the clause
   * @param responsibility who owes it
   * @param why why
   * @param notes remarks
   */
  public BenefitGrant {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
    Objects.requireNonNull(why, "why");
    notes = List.copyOf(notes);
  }

  /**
   * A benefit whose explanation is already written (the form before explanations were {@link Words}).
   *
   * @param measure the measure
   * @param nameZh its name
   * @param nameEn its name in English
   * @param year the year
   * @param description what it is
   * @param citation the clause
   * @param responsibility who owes it
   * @param explanation why
   * @param notes remarks
   */
  public BenefitGrant(MeasureId measure, String nameZh, String nameEn, int year, String description,
      Citation citation, Responsibility responsibility, String explanation, List<String> notes) {
    this(measure, nameZh, nameEn, year, description, citation, responsibility, Words.of(explanation), notes);
  }

  /** {@return why the enterprise gets it, in words: {@link #why()} written (once, then remembered)} */
  public String explanation() {
    return why.text();
  }
}
