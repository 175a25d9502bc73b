package dev.srdi.api;

import dev.srdi.api.json.AppliedOverride;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.WhatIfJson;
import dev.srdi.core.engine.WhatIfResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import java.util.List;
import java.util.Objects;

/**
 * A scenario under one jurisdiction's defaults (the baseline) and under changed parameters or
 * interpretations (the variant), and what the change costs.
 *
 * @param jurisdiction the jurisdiction
 * @param result baseline, variant and the differences
 * @param overrides each override as applied: given, read in its unit, and the default it replaced
 * @param enterprises the enterprises evaluated, in the scenario's order
 * @param leftOut the enterprises left out because they name another jurisdiction
 */
public record WhatIf(
    Jurisdiction jurisdiction,
    WhatIfResult result,
    List<AppliedOverride> overrides,
    List<Enterprise> enterprises,
    List<Enterprise> leftOut) {
  /** Copies the lists; rejects a missing value. */
  public WhatIf {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(result, "result");
    overrides = List.copyOf(overrides);
    enterprises = List.copyOf(enterprises);
    leftOut = List.copyOf(leftOut);
  }

  /**
   * The what-if document, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(WhatIfJson.of(result, overrides, leftOut));
  }
}
