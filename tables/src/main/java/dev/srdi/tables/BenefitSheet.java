package dev.srdi.tables;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.Words;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-monetary benefit as the table writes it: what it grants (in words, with {@code {parameter.id}} where
 * the clause has a number), who enjoys it in the plugin's own terms ({@code holders}, e.g. a standing on the
 * ladder the plugin names), a condition the facts cannot show, its clause and units.
 *
 * @param id the benefit's measure id
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param grants what it grants, with the places of its numbers
 * @param holders who enjoys it, in the plugin's own terms, which the plugin interprets; empty where the table
 *     names none
 * @param onlyIf a condition the facts cannot show, stated with the grant; empty for none
 * @param citation the clause
 * @param responsibility the units that owe it
 */
public record BenefitSheet(
    MeasureId id, String nameZh, String nameEn, Template grants, Optional<String> holders, Optional<String> onlyIf,
    Citation citation, Responsibility responsibility) {

  /**
   * Rejects a missing value.
   *
   * @param id the id
   * @param nameZh its name
   * @param nameEn its name in English
   * @param grants what it grants
   * @param holders who enjoys it, if the table says
   * @param onlyIf a condition the facts cannot show, if any
   * @param citation the clause
   * @param responsibility who owes it
   */
  public BenefitSheet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(grants, "grants");
    Objects.requireNonNull(holders, "holders");
    Objects.requireNonNull(onlyIf, "onlyIf");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
  }

  /**
   * What the benefit grants, with the numbers the settings give.
   *
   * @param settings the parameter values in force
   * @return the words, each place replaced by its parameter's value
   */
  public String grants(Settings settings) {
    return grants.render(settings);
  }

  /**
   * What the benefit grants, as {@link #grants(Settings)} writes it, written only when read (the values are
   * read now).
   *
   * @param settings the parameter values in force
   * @return the words
   */
  public Words grantsWords(Settings settings) {
    return grants.words(settings);
  }

  /** {@return the parameters its words read} */
  public List<Parameter<?>> reads() {
    return grants.parameters();
  }
}
