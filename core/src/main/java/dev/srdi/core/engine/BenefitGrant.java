package dev.srdi.core.engine;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;
import java.util.Objects;

/** A non-monetary benefit an enterprise enjoys (a priority, a service, a place on a list). */
public record BenefitGrant(
    MeasureId measure, String nameZh, String nameEn, int year, String description, Citation citation,
    Responsibility responsibility, String explanation, List<String> notes) {
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
