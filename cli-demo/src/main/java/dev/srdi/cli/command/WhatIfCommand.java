package dev.srdi.cli.command;

import dev.srdi.cli.ScenarioOption;
import dev.srdi.cli.JurisdictionOption;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Srdi;
import dev.srdi.api.WhatIf;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.Main;
import dev.srdi.cli.Problems;
import dev.srdi.cli.ScopeOption;
import dev.srdi.cli.view.WhatIfView;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.spi.Jurisdiction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code srdi whatif}: the same portfolio under the defaults and under changed parameters or interpretations. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = {"Shows how changed parameters or interpretations change what a portfolio gets.",
        "Baseline (the text's defaults) against the variant: per enterprise, in total and by funding source.",
        "Parameter ids and values: `srdi measures -j ID`.",
        "Example: srdi whatif -j guilin -s s.json --set guilin.growth-award.cap=800000"})
public final class WhatIfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption format;
  @Mixin ScopeOption scope;

  @Mixin JurisdictionOption jurisdiction;

  @Mixin ScenarioOption scenario;

  @Option(names = "--set", paramLabel = "PARAM=VALUE",
      description = "Change a parameter (repeatable, once per parameter), e.g. --set guilin.growth-award.cap=80万.")
  List<String> parameters = new ArrayList<>();

  @Option(names = "--interpretation", paramLabel = "NAME=CHOICE",
      description = "Switch an interpretation (repeatable, once per name), e.g. --interpretation zhanjiang.highest-only=first-final.")
  List<String> interpretations = new ArrayList<>();


  private final Provider<Srdi> srdi;

  @Inject
  WhatIfCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get();
    Jurisdiction j = jurisdiction.resolve(api);
    Map<String, String> parameters = pairs("--set", this.parameters);
    Map<String, String> interpretations = pairs("--interpretation", this.interpretations);
    Overrides overrides = Overrides.none();
    for (var e : parameters.entrySet()) {
      overrides = overrides.withParameter(e.getKey(), e.getValue());
    }
    for (var e : interpretations.entrySet()) {
      overrides = overrides.withInterpretation(e.getKey(), e.getValue());
    }
    WhatIf result = api.whatIf(jurisdiction.id(), scenario.load(api), overrides, scope.scope())
        .getOrElseThrow(Problems::usage);
    scope.report(result.leftOut(), j, spec.commandLine().getErr());
    String text = switch (format.format()) {
      case JSON -> result.toJson();
      case CSV -> WhatIfView.csv(result.result(), result.overrides());
      case TABLE -> WhatIfView.table(j, result.result(), result.overrides(), result.enterprises());
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  /**
   * NAME=VALUE pairs in the order given (a --set without '=' sets an empty value, which the parameter's
   * unit then rejects). A name given twice is a usage error: the last one must not silently win.
   */
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
