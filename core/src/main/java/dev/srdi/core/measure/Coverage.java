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
 * Which event dates a measure covers, where it differs from its document's window (Zhanjiang's
 * awards reach back to recognitions "2022年以来", before the plan was issued). An edge left empty is
 * the document's own.
 */
public record Coverage(Optional<Parameter<LocalDate>> from, Optional<Parameter<LocalDate>> until) {
  public Coverage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  public static Coverage from(Parameter<LocalDate> from) {
    return new Coverage(Optional.of(from), Optional.empty());
  }

  public static Coverage between(Parameter<LocalDate> from, Parameter<LocalDate> until) {
    return new Coverage(Optional.of(from), Optional.of(until));
  }

  public Window resolve(Window document, Settings settings) {
    Optional<LocalDate> start = from.map(settings::value).or(document::from);
    Optional<LocalDate> end = until.map(settings::value).or(document::until);
    String basis = from.or(() -> until).map(p -> p.description()).orElse(document.basis());
    return new Window(start, end, basis);
  }

  public List<Parameter<?>> parameters() {
    var out = new ArrayList<Parameter<?>>();
    from.ifPresent(out::add);
    until.ifPresent(out::add);
    return List.copyOf(out);
  }
}
