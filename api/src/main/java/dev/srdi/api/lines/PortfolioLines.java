package dev.srdi.api.lines;

import dev.srdi.api.Problem;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * A JSON Lines portfolio evaluated under one jurisdiction, one record out for each line in, in input
 * order: an enterprise's result, an error in place of a line that is not UTF-8, not a valid
 * enterprise or repeats an earlier line's id, or a skipped record for an enterprise of another
 * jurisdiction outside the scope. Lines are parsed, validated, evaluated and formatted on {@code
 * threads} threads (see {@link OrderedBatches}); the repeated-id check and the totals follow the
 * input's order on the calling thread, so the output is the same bytes for any number of threads.
 * Memory is bounded by the batches in flight and a few dozen bytes an id ({@link DistinctIds}).
 */
public final class PortfolioLines {
  /** Lines a batch: large enough that handing a batch over costs little, small enough to bound memory. */
  static final int BATCH = 128;

  private final Srdi srdi;
  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  private final Optional<Integer> year;
  private final Scope scope;
  private final LineFormat format;
  private final LeftOutReason leftOut;
  private final int threads;
  private final LineTotals totals = new LineTotals();

  /**
   * A run, to be started once.
   *
   * @param srdi the facade
   * @param jurisdiction the jurisdiction to evaluate under
   * @param asOf the day of the evaluation
   * @param year if present, only that year's entitlements are kept
   * @param scope which enterprises are evaluated; the others are skipped
   * @param format how each record is written
   * @param leftOut why a skipped record is skipped
   * @param threads how many threads parse, evaluate and format (1: all on the calling thread)
   */
  public PortfolioLines(Srdi srdi, Jurisdiction jurisdiction, LocalDate asOf, Optional<Integer> year, Scope scope,
      LineFormat format, LeftOutReason leftOut, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.srdi = srdi;
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.year = year;
    this.scope = scope;
    this.format = format;
    this.leftOut = leftOut;
    this.threads = threads;
  }

  /**
   * The totals of what was written so far; read them once the output is stopped or the run is over.
   *
   * @return the totals
   */
  public LineTotals totals() {
    return totals;
  }

  /**
   * Reads, evaluates and writes every line; the format's header first, its footer last unless the
   * output stopped the run. If the input fails mid-way, every line read before it is written first.
   *
   * @param in the lines
   * @param out where the records go
   * @param progress told the number of records written after each one (on the calling thread)
   * @return the totals
   * @throws IOException if the input cannot be read, or the output written
   */
  public LineTotals run(LineSource in, LineOutput out, LongConsumer progress) throws IOException {
    Runnable nothing = () -> { };
    LineBytes header = format.header();
    if (!header.isEmpty() && !out.write(header, nothing)) {
      return totals;
    }
    var ids = new DistinctIds();
    boolean ended = new OrderedBatches<Outcome>(threads, BATCH).run(in, this::outcome, (number, outcome) -> {
      boolean written = write(number, outcome, ids, out);
      if (written) {
        progress.accept(totals.lines());
      }
      return written;
    });
    LineBytes footer = format.footer();
    if (ended && !footer.isEmpty()) {
      out.write(footer, nothing);
    }
    return totals;
  }

  /** A line's record as the pool makes it; an enterprise's id is checked against the earlier lines' in order. */
  private sealed interface Outcome {}

  /** A line that is not a valid enterprise, and the id it names if one can be read: a later line may not repeat it. */
  private record Invalid(LineBytes text, Optional<String> id) implements Outcome {}

  private record Read(String id, LineBytes text, Kind kind, Summary summary) implements Outcome {}

  private enum Kind { EVALUATED, FAILED, SKIPPED }

  private Outcome outcome(int number, Utf8Lines.Line line) {
    if (line.error().isPresent()) {
      // A line that cannot be read (not UTF-8, too long) names no id in its error: any id in it is not the input's.
      return new Invalid(format.invalid(number, Optional.empty(), describe(List.of(line.error().get()))), Optional.empty());
    }
    Either<Problem, Enterprise> read = srdi.readEnterprise(line.text(), number);
    if (read.isLeft()) {
      Optional<String> id = ScenarioReader.idOf(line.text());
      return new Invalid(format.invalid(number, id, describe(inputErrors(read.getLeft()))), id);
    }
    Enterprise enterprise = read.get();
    String id = enterprise.id().value();
    if (!scope.includes(enterprise, jurisdiction.id())) {
      return new Read(id, format.skipped(number, enterprise, leftOut.of(enterprise, jurisdiction.id())), Kind.SKIPPED,
          null);
    }
    EnterpriseResult result = srdi.evaluate(jurisdiction.id().value(), enterprise, asOf)
        .getOrElseThrow(problem -> new IllegalStateException(problem.message()));
    EnterpriseResult kept = year.map(result::onlyYear).orElse(result);
    return kept.isFailed()
        ? new Read(id, format.failed(number, kept), Kind.FAILED, null)
        : new Read(id, format.evaluated(number, kept), Kind.EVALUATED, Summary.of(List.of(kept)));
  }

  private boolean write(int number, Outcome outcome, DistinctIds ids, LineOutput out) throws IOException {
    if (outcome instanceof Invalid invalid) {
      // As validate does: the id of a line with other errors is taken, so a later line that repeats it is refused.
      invalid.id().ifPresent(id -> ids.firstLineOf(id, number));
      return out.write(invalid.text(), totals::addInvalid);
    }
    Read read = (Read) outcome;
    int earlier = ids.firstLineOf(read.id(), number);
    if (earlier != 0) {
      return out.write(format.invalid(number, Optional.of(read.id()), describe(List.of(InputError.at("id", number,
          "duplicate enterprise id '" + read.id() + "' (also line " + earlier + ")")))), totals::addInvalid);
    }
    return switch (read.kind()) {
      case EVALUATED -> out.write(read.text(), () -> totals.add(read.summary()));
      case FAILED -> out.write(read.text(), totals::addInvalid);
      case SKIPPED -> out.write(read.text(), totals::addSkipped);
    };
  }

  private static String describe(List<InputError> errors) {
    return errors.stream().map(InputError::describeWithoutLine).collect(Collectors.joining("; "));
  }

  /**
   * The input errors of a problem met while reading a line; any other problem reads as one error about the line.
   *
   * @param problem the problem
   * @return its errors
   */
  public static List<InputError> inputErrors(Problem problem) {
    return problem instanceof Problem.InvalidInput input
        ? input.errors()
        : List.of(InputError.at("", 0, problem.message()));
  }
}
