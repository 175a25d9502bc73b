package dev.srdi.server;

import dev.srdi.api.Problem;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.lines.JsonLineFormat;
import dev.srdi.api.lines.LineSource;
import dev.srdi.api.lines.PortfolioLines;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A JSON Lines body evaluated as {@code srdi evaluate -f json} evaluates a {@code .jsonl} file, by the
 * same {@link PortfolioLines}: one output line per input line, in order, memory bounded. The command's
 * summary goes to its stderr; over HTTP the lines are the whole answer. One thread a request: the
 * server's workers already take one core each.
 */
final class EvaluationLines implements Answer.LineWriter {
  private final Srdi srdi;
  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  private final Optional<Integer> year;
  private final Scope scope;
  private final Body body;

  EvaluationLines(Srdi srdi, Jurisdiction jurisdiction, LocalDate asOf, Optional<Integer> year, Scope scope,
      Body body) {
    this.srdi = srdi;
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.year = year;
    this.scope = scope;
    this.body = body;
  }

  /** As the command says it, so that the bytes are the command's. */
  static String leftOut(Enterprise enterprise, JurisdictionId evaluated) {
    return "declares jurisdiction " + enterprise.jurisdiction().orElseThrow() + "; --all-enterprises evaluates it under "
        + evaluated;
  }

  @Override
  public int write(OutputStream out, Deadline deadline) throws IOException {
    var run = new PortfolioLines(srdi, jurisdiction, asOf, year, scope, new JsonLineFormat(), EvaluationLines::leftOut, 1);
    try (Utf8Lines in = body.lines()) {
      LineSource watched = () -> {
        if (deadline.passed()) {
          throw new Deadline.Passed(deadline.millis());
        }
        try {
          return in.next();
        } catch (Body.TooLarge e) {
          throw e;
        } catch (IOException e) {
          throw deadline.passed() || timedOut(e) ? new Deadline.Passed(deadline.millis()) : e;
        }
      };
      run.run(watched, (record, written) -> {
        record.writeTo(out);
        written.run();
        return true;
      }, done -> { });
    } catch (Deadline.Passed e) {
      // Every line read before the body stopped has its record; the next line's number says where it stopped.
      throw new BodyTimedOut(run.totals().lines() + 1, e.millis);
    }
    return run.totals().summary().enterprises();
  }

  /** Jetty fails a read that waited past the connection's idle time with a TimeoutException inside. */
  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The input errors of a problem met while reading a line; any other problem reads as one error about the line. */
  static List<InputError> inputErrors(Problem problem) {
    return PortfolioLines.inputErrors(problem);
  }

  /**
   * The body stopped arriving, or the request ran past its deadline, while lines were being read: the
   * lines before {@link #line} were answered.
   */
  static final class BodyTimedOut extends IOException {
    final int line;
    final long millis;

    BodyTimedOut(int line, long millis) {
      super("the request body timed out after " + millis + " ms at line " + line);
      this.line = line;
      this.millis = millis;
    }
  }
}
