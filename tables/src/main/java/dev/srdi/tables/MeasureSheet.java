package dev.srdi.tables;

import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.util.Objects;
import java.util.Optional;

/**
 * What the table says of a measure written in Java: its names, clause, funding source, the units responsible
 * and, where its words quote the text's numbers, its description, so that the class holds the rule and nothing
 * a policy officer would revise.
 *
 * @param id the measure's id
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param citation the clause
 * @param fundingSource where the money comes from, where the text says
 * @param responsibility the units that owe it
 * @param description what it pays and for what, with the values of its parameters, if the table gives one
 */
public record MeasureSheet(
    MeasureId id, String nameZh, String nameEn, Citation citation, Optional<String> fundingSource,
    Responsibility responsibility, Optional<String> description) {

  /**
   * Rejects a missing value.
   *
   * @param id the id
   * @param nameZh its name
   * @param nameEn its name in English
   * @param citation the clause
   * @param fundingSource the fund, if stated
   * @param responsibility who owes it
   * @param description its description, if any
   */
  public MeasureSheet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(fundingSource, "fundingSource");
    Objects.requireNonNull(responsibility, "responsibility");
    Objects.requireNonNull(description, "description");
  }

  /** {@return a descriptor builder with the sheet filled in; the measure adds its kind, formula and rules} */
  public MeasureDescriptor.Builder descriptor() {
    var builder = MeasureDescriptor.builder();
    builder.id(id).nameZh(nameZh).nameEn(nameEn).citation(citation).responsibility(responsibility);
    fundingSource.ifPresent(builder::fundingSource);
    description.ifPresent(builder::description);
    return builder;
  }
}
