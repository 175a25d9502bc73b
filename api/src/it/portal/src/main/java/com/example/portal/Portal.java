package com.example.portal;

import dev.srdi.api.Evaluation;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.WhatIf;
import dev.srdi.core.parameter.Overrides;

/** A portal's two answers: what a scenario's own firms get, and what a changed parameter would cost. */
public final class Portal {
  // Loaded once: the facade is immutable and thread-safe.
  private static final Srdi SRDI = Srdi.load();

  private Portal() {}

  /** The evaluation JSON, or the problem's code and message. */
  public static String evaluate(String jurisdiction, String scenarioJson) {
    return SRDI.readScenario(scenarioJson)
        .flatMap(scenario -> SRDI.evaluate(jurisdiction, scenario, Scope.OWN_ENTERPRISES))
        .fold(problem -> problem.code() + ": " + problem.message(), Evaluation::toJson);
  }

  /** The what-if JSON for one changed parameter, or the problem's code and message. */
  public static String whatIf(String jurisdiction, String scenarioJson, String parameter, String value) {
    return SRDI.readScenario(scenarioJson)
        .flatMap(scenario -> SRDI.whatIf(jurisdiction, scenario, Overrides.none().withParameter(parameter, value),
            Scope.OWN_ENTERPRISES))
        .fold(problem -> problem.code() + ": " + problem.message(), WhatIf::toJson);
  }

  /** The facade itself, for checks. */
  public static Srdi srdi() {
    return SRDI;
  }
}
