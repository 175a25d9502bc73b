package dev.srdi.api.lines;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.srdi.api.json.EvaluationJsonWriter;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The contract's JSON Lines: one compact JSON object a line, an enterprise's result, or {@code
 * {"id":…,"line":N,"error":…}}, or {@code {"id":…,"line":N,"skipped":…}}. Each record is generated
 * straight into UTF-8 bytes on the thread that formats it ({@link EvaluationJsonWriter}), the bytes of
 * {@code Json.compact} of {@code EvaluationJson}'s tree and a line end.
 */
public final class JsonLineFormat implements LineFormat {
  /** Creates the format. */
  public JsonLineFormat() {}

  @Override
  public LineBytes evaluated(int line, EnterpriseResult result) {
    return record(writer -> writer.enterprise(result));
  }

  @Override
  public LineBytes failed(int line, EnterpriseResult result) {
    return invalid(line, Optional.of(result.enterprise().value()), result.fault().orElseThrow().describe());
  }

  @Override
  public LineBytes skipped(int line, Enterprise enterprise, String reason) {
    return record(writer -> writer.lineSkipped(enterprise.id().value(), line, reason));
  }

  @Override
  public LineBytes invalid(int line, Optional<String> id, String message) {
    return record(writer -> writer.lineError(id, line, message));
  }

  /** What one record writes. */
  @FunctionalInterface
  private interface Body {
    void write(EvaluationJsonWriter writer) throws IOException;
  }

  private static LineBytes record(Body body) {
    RecordBuffer bytes = RecordBuffer.ofThisThread();
    boolean whole = false;
    try {
      JsonGenerator generator = bytes.generator();
      body.write(new EvaluationJsonWriter(generator));
      generator.flush();
      whole = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a record to memory", e);
    } finally {
      if (!whole) {
        bytes.discardGenerator();
      }
    }
    // A compact record has no line end of its own: JSON escapes one inside a string.
    bytes.write('\n');
    return LineBytes.encoded(bytes.copy(), 1);
  }
}
