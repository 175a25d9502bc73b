package dev.srdi.core.measure;

import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which event dates a measure covers, where it differs from its document's window (Zhanjiang's awards reach
 * back to recognitions "2022年以来", before the plan was issued). An edge left empty is the document's own.
 *
 * @param from the parameter giving the first day covered (included); empty for the document's start
 * @param until the parameter giving the first day no longer covered; empty for the document's end
 */
public record Coverage(Optional<Parameter<LocalDate>> from, Optional<Parameter<LocalDate>> until) {
  /**
   * Rejects a missing optional.
   *
   * @param from the first day, if not the document's
   * @param until the end, if not the document's
   */
  public Coverage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /**
   * Coverage from a day to the document's end.
   *
   * @param from the parameter giving the first day covered
   * @return the coverage
   */
  public static Coverage from(Parameter<LocalDate> from) {
    return new Coverage(Optional.of(from), Optional.empty());
  }

  /**
   * Coverage between two days.
   *
   * @param from the parameter giving the first day covered
   * @param until the parameter giving the first day no longer covered
   * @return the coverage
   */
  public static Coverage between(Parameter<LocalDate> from, Parameter<LocalDate> until) {
    return new Coverage(Optional.of(from), Optional.of(until));
  }

  /**
   * The window of event dates with the values in force, the document's edges where none is set.
   *
   * @param document the in-force window of the measure's document
   * @param settings the parameter values in force
   * @return the window
   */
  public Window resolve(Window document, Settings settings) {
    Optional<LocalDate> start = from.map(settings::value).or(document::from);
    Optional<LocalDate> end = until.map(settings::value).or(document::until);
    String basis = from.or(() -> until).map(p -> p.description()).orElse(document.basis());
    return new Window(start, end, basis);
  }

  /** {@return the date parameters the coverage reads, from first} */
  public List<Parameter<?>> parameters() {
    var out = new ArrayList<Parameter<?>>();
    from.ifPresent(out::add);
    until.ifPresent(out::add);
    return List.copyOf(out);
  }
}
