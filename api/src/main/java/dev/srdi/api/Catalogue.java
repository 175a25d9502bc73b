package dev.srdi.api;

import dev.srdi.api.json.CatalogJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import java.util.Objects;

/**
 * What a jurisdiction declares (documents, measures, parameters, interpretations, targets, fact
 * types), with each parameter's and interpretation's default.
 *
 * @param jurisdiction the jurisdiction
 * @param defaults its parameters and interpretations as the text sets them
 */
public record Catalogue(Jurisdiction jurisdiction, Settings defaults) {
  /** Rejects a missing value. */
  public Catalogue {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(defaults, "defaults");
  }

  /**
   * The measures document, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(CatalogJson.measures(jurisdiction, defaults));
  }
}
