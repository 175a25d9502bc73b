package dev.srdi.core.engine;

import dev.srdi.core.measure.MeasureId;
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
 * @param explanation why the enterprise gets it
 * @param notes further remarks
 */
public record BenefitGrant(
    MeasureId measure, String nameZh, String nameEn, int year, String description, Citation citation,
    Responsibility responsibility, String explanation, List<String> notes) {
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
   * @param explanation why
   * @param notes remarks
   */
  public BenefitGrant {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
    Objects.requireNonNull(explanation, "explanation");
    notes = List.copyOf(notes);
  }
}
