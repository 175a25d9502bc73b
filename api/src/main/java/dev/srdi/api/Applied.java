package dev.srdi.api;

import dev.srdi.api.json.AppliedOverride;
import dev.srdi.core.parameter.Interpretation;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Each override of a what-if as applied: read in its unit, beside the default it replaced, by id. */
final class Applied {
  private Applied() {}

  /** The overrides, valid by now (the settings resolved), parameters first, each kind by id. */
  static List<AppliedOverride> overrides(Jurisdiction j, Overrides overrides, Settings defaults, Settings variant) {
    var out = new ArrayList<AppliedOverride>();
    j.parameters().stream()
        .filter(p -> overrides.parameters().containsKey(p.id().value()))
        .sorted(Comparator.comparing(p -> p.id().value()))
        .forEach(p -> out.add(parameter(p, overrides.parameters().get(p.id().value()), defaults, variant)));
    j.interpretations().stream()
        .filter(i -> overrides.interpretations().containsKey(i.id().value()))
        .sorted(Comparator.comparing(i -> i.id().value()))
        .forEach(i -> out.add(interpretation(i, overrides.interpretations().get(i.id().value()), defaults, variant)));
    return out;
  }

  private static <T> AppliedOverride parameter(Parameter<T> p, String given, Settings defaults, Settings variant) {
    return new AppliedOverride(AppliedOverride.Kind.PARAMETER, p.id().value(), given,
        p.unit().format(variant.value(p)), Optional.of(p.unit().name()), p.unit().format(defaults.value(p)));
  }

  private static AppliedOverride interpretation(Interpretation i, String given, Settings defaults, Settings variant) {
    return new AppliedOverride(AppliedOverride.Kind.INTERPRETATION, i.id().value(), given, variant.choice(i),
        Optional.empty(), defaults.choice(i));
  }
}
