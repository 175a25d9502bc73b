package dev.srdi.api.lines;

import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import java.util.Optional;

/**
 * The contract's JSON Lines: one compact JSON object a line, an enterprise's result, or {@code
 * {"id":…,"line":N,"error":…}}, or {@code {"id":…,"line":N,"skipped":…}}.
 */
public final class JsonLineFormat implements LineFormat {
  /** Creates the format. */
  public JsonLineFormat() {}

  @Override
  public String evaluated(int line, EnterpriseResult result) {
    return Json.compact(EvaluationJson.enterprise(result)) + "\n";
  }

  @Override
  public String failed(int line, EnterpriseResult result) {
    return invalid(line, Optional.of(result.enterprise().value()), result.fault().orElseThrow().describe());
  }

  @Override
  public String skipped(int line, Enterprise enterprise, String reason) {
    return Json.compact(EvaluationJson.lineSkipped(enterprise.id().value(), line, reason)) + "\n";
  }

  @Override
  public String invalid(int line, Optional<String> id, String message) {
    return Json.compact(EvaluationJson.lineError(id, line, message)) + "\n";
  }
}
