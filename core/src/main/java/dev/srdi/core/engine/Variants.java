package dev.srdi.core.engine;

import dev.srdi.core.parameter.OverrideProblem;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Settings in force changed a little further: a what-if's own overrides kept, more applied on top. */
public final class Variants {
  private Variants() {}

  /**
   * The current settings with the extra overrides; a later value for the same id wins.
   *
   * @param j the jurisdiction
   * @param current the settings so far (a what-if's)
   * @param more the overrides to add
   * @return the settings, or every problem of the overrides
   */
  public static Validation<Seq<OverrideProblem>, Settings> with(Jurisdiction j, Settings current, Overrides more) {
    Overrides overrides = Overrides.none();
    for (var p : current.changedParameters().entrySet()) {
      overrides = overrides.withParameter(p.getKey().value(), p.getValue());
    }
    for (var i : current.changedInterpretations().entrySet()) {
      overrides = overrides.withInterpretation(i.getKey().value(), i.getValue());
    }
    for (var p : more.parameters().entrySet()) {
      overrides = overrides.withParameter(p.getKey(), p.getValue());
    }
    for (var i : more.interpretations().entrySet()) {
      overrides = overrides.withInterpretation(i.getKey(), i.getValue());
    }
    return Settings.resolve(j.parameters(), j.interpretations(), overrides);
  }
}
