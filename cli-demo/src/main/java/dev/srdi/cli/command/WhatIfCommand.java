package dev.srdi.cli.command;

import dev.srdi.cli.ScenarioOption;
import dev.srdi.cli.JurisdictionOption;
import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.WhatIfJson;
import dev.srdi.cli.FormatOption;
import dev.srdi.cli.Main;
import dev.srdi.cli.ScopeOption;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.view.WhatIfView;
import dev.srdi.core.engine.WhatIfResult;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.spi.Jurisdiction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--set", paramLabel = "PARAM=VALUE", mapFallbackValue = "",
      description = "Change a parameter (repeatable), e.g. --set guilin.growth-award.cap=80万.")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--interpretation", paramLabel = "NAME=CHOICE",
      description = "Switch an interpretation (repeatable), e.g. --interpretation zhanjiang.highest-only=first-final.")
  Map<String, String> interpretations = new LinkedHashMap<>();


  private final Provider<Srdi> srdi;

  @Inject
  WhatIfCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    Srdi api = srdi.get();
    Jurisdiction j = jurisdiction.resolve(api);
    Overrides overrides = Overrides.none();
    for (var e : parameters.entrySet()) {
      overrides = overrides.withParameter(e.getKey(), e.getValue());
    }
    for (var e : interpretations.entrySet()) {
      overrides = overrides.withInterpretation(e.getKey(), e.getValue());
    }
    ScopeOption.Scoped scoped = scope.apply(scenario.load(api), j,
        spec.commandLine().getErr());
    Scenario loaded = scoped.scenario();
    WhatIfResult result = api.whatIf(jurisdiction.id(), loaded, loaded.asOf().orElseThrow(), overrides)
        .getOrElseThrow(errors -> new UsageException(errors.toJavaList()));
    String text = switch (format.format()) {
      case JSON -> Json.pretty(scoped.annotate(WhatIfJson.of(result)));
      case CSV -> WhatIfView.csv(result);
      case TABLE -> WhatIfView.table(j, result, loaded.enterprises());
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
