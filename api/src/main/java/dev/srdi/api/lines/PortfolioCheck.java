package dev.srdi.api.lines;

import dev.srdi.api.Problem;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.core.facts.Enterprise;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Lines portfolio parsed and validated without being kept: every line read, checked on
 * {@code threads} threads (see {@link OrderedBatches}), its enterprise dropped once its id is
 * remembered ({@link DistinctIds}), so that memory stays flat in the number of lines while every
 * error is kept to be listed.
 */
public final class PortfolioCheck {
  private final Srdi srdi;
  private final int threads;

  /**
   * The errors of a portfolio and how many enterprises it holds.
   *
   * @param enterprises the lines that are valid enterprises (a repeated id counts, and is an error)
   * @param errors every error, in the order of the lines
   */
  public record Result(int enterprises, List<InputError> errors) {
    /**
     * Keeps a copy of the errors.
     *
     * @param enterprises the valid lines
     * @param errors every error
     */
    public Result {
      errors = List.copyOf(errors);
    }
  }

  /**
   * A check, to be run once or more.
   *
   * @param srdi the facade, whose reader checks each line
   * @param threads how many threads parse and validate (1: all on the calling thread)
   */
  public PortfolioCheck(Srdi srdi, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.srdi = srdi;
    this.threads = threads;
  }

  /**
   * Reads and checks every line.
   *
   * @param in the lines
   * @return how many enterprises, and every error
   * @throws IOException if the input cannot be read
   */
  public Result run(LineSource in) throws IOException {
    var ids = new DistinctIds();
    var errors = new ArrayList<InputError>();
    int[] enterprises = {0};
    new OrderedBatches<Either<List<InputError>, String>>(threads, PortfolioLines.BATCH).run(in, this::check,
        (number, checked) -> {
          if (checked.isLeft()) {
            errors.addAll(checked.getLeft());
            return true;
          }
          enterprises[0]++;
          int earlier = ids.firstLineOf(checked.get(), number);
          if (earlier != 0) {
            errors.add(InputError.at("id", number, "duplicate enterprise id '" + checked.get() + "' (also line "
                + earlier + ")"));
          }
          return true;
        });
    return new Result(enterprises[0], errors);
  }

  /** A line's errors, or its enterprise's id. */
  private Either<List<InputError>, String> check(int number, Utf8Lines.Line line) {
    if (line.error().isPresent()) {
      return Either.left(List.of(line.error().get()));
    }
    Either<Problem, Enterprise> read = srdi.readEnterprise(line.text(), number);
    return read.isLeft()
        ? Either.left(PortfolioLines.inputErrors(read.getLeft()))
        : Either.right(read.get().id().value());
  }
}
