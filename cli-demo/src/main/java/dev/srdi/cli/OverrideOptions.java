package dev.srdi.cli;

import dev.srdi.core.parameter.Overrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --set PARAM=VALUE} and {@code --interpretation NAME=CHOICE}, read into {@link Overrides}. */
public final class OverrideOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--set", paramLabel = "PARAM=VALUE",
      description = "Change a parameter (repeatable, once per parameter), e.g. --set guilin.growth-award.rate=6‰.")
  List<String> parameters = new ArrayList<>();

  @Option(names = "--interpretation", paramLabel = "NAME=CHOICE",
      description = "Switch an interpretation (repeatable, once per name), e.g. --interpretation zhanjiang.highest-only=first-final.")
  List<String> interpretations = new ArrayList<>();

  public Overrides overrides() {
    Overrides overrides = Overrides.none();
    for (var e : pairs("--set", parameters).entrySet()) {
      overrides = overrides.withParameter(e.getKey(), e.getValue());
    }
    for (var e : pairs("--interpretation", interpretations).entrySet()) {
      overrides = overrides.withInterpretation(e.getKey(), e.getValue());
    }
    return overrides;
  }

  /** NAME=VALUE pairs in the order given; a name given twice is a usage error, as in {@code srdi whatif}. */
  private Map<String, String> pairs(String option, List<String> given) {
    var out = new LinkedHashMap<String, String>();
    for (String pair : given) {
      int eq = pair.indexOf('=');
      if (eq < 0 && !option.equals("--set")) {
        throw new ParameterException(spec.commandLine(), option + " " + pair + ": give NAME=CHOICE");
      }
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      String earlier = out.putIfAbsent(name, value);
      if (earlier != null) {
        throw new ParameterException(spec.commandLine(), option + " " + name + " is given twice (" + name + "=" + earlier
            + ", then " + name + "=" + value + "): give each " + (option.equals("--set") ? "parameter" : "interpretation")
            + " once");
      }
    }
    return out;
  }
}
