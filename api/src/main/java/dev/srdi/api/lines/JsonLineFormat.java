package dev.srdi.api.lines;

import dev.srdi.api.json.EvaluationJsonWriter;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import java.util.Optional;

/**
 * The contract's JSON Lines: one compact JSON object a line, an enterprise's result, or {@code
 * {"id":…,"line":N,"error":…}}, or {@code {"id":…,"line":N,"skipped":…}}. Each record is generated
 * straight into UTF-8 bytes on the thread that formats it ({@link EvaluationJsonWriter}, the thread's), the
 * bytes of {@code Json.compact} of {@code EvaluationJson}'s tree and a line end.
 */
public final class JsonLineFormat implements LineFormat {
  /** Creates the format. */
  public JsonLineFormat() {}

  @Override
  public LineBytes evaluated(int line, EnterpriseResult result) {
    return LineBytes.encoded(EvaluationJsonWriter.ofThisThread().enterpriseLine(result), 1);
  }

  @Override
  public LineBytes failed(int line, EnterpriseResult result) {
    return invalid(line, Optional.of(result.enterprise().value()), result.fault().orElseThrow().describe());
  }

  @Override
  public LineBytes skipped(int line, Enterprise enterprise, String reason) {
    return LineBytes.encoded(EvaluationJsonWriter.ofThisThread().lineSkippedLine(enterprise.id().value(), line, reason), 1);
  }

  @Override
  public LineBytes invalid(int line, Optional<String> id, String message) {
    return LineBytes.encoded(EvaluationJsonWriter.ofThisThread().lineErrorLine(id, line, message), 1);
  }
}
