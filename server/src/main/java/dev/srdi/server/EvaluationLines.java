package dev.srdi.server;

import dev.srdi.api.Problem;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A JSON Lines body evaluated one enterprise at a time, as {@code srdi evaluate -f json} evaluates a
 * {@code .jsonl} file: one output line per input line, in order; an invalid line (not UTF-8, not a
 * valid enterprise, or a repeated id) yields an error line in its place, an enterprise of another
 * jurisdiction a skipped line; only the ids are kept, so memory stays bounded. The command's
 * summary goes to its stderr; over HTTP the lines are the whole answer.
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

  @Override
  public int write(OutputStream out, Deadline deadline) throws IOException {
    int evaluated = 0;
    Map<String, Integer> firstLineOfId = new HashMap<>();
    try (Utf8Lines in = body.lines()) {
      Utf8Lines.Line read;
      int number = 0;
      while ((read = in.next()) != null) {
        if (deadline.passed()) {
          throw new Deadline.Passed(deadline.millis());
        }
        number++;
        // As the command: a line that cannot be read (not UTF-8, too long) names no id.
        String line = read.text();
        Either<List<InputError>, Enterprise> record = read.error().isEmpty()
            ? srdi.readEnterprise(line, number).mapLeft(EvaluationLines::inputErrors)
            : Either.left(List.of(read.error().get()));
        if (record.isRight()) {
          String id = record.get().id().value();
          Integer earlier = firstLineOfId.putIfAbsent(id, number);
          if (earlier != null) {
            record = Either.left(List.of(InputError.at("id", number,
                "duplicate enterprise id '" + id + "' (also line " + earlier + ")")));
          }
        }
        String output;
        if (record.isRight() && !scope.includes(record.get(), jurisdiction.id())) {
          output = Json.compact(EvaluationJson.lineSkipped(record.get().id().value(), number,
              "declares jurisdiction " + record.get().jurisdiction().orElseThrow() + "; --all-enterprises evaluates it under "
                  + jurisdiction.id()));
        } else if (record.isRight()) {
          evaluated++;
          output = Json.compact(EvaluationJson.enterprise(evaluate(record.get())));
        } else {
          output = Json.compact(EvaluationJson.lineError(ScenarioReader.idOf(line), number,
              record.getLeft().stream().map(InputError::describeWithoutLine).collect(Collectors.joining("; "))));
        }
        out.write((output + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return evaluated;
  }

  /** The input errors of a problem met while reading a line; any other problem reads as one error about the line. */
  static List<InputError> inputErrors(Problem problem) {
    return problem instanceof Problem.InvalidInput input
        ? input.errors()
        : List.of(InputError.at("", 0, problem.message()));
  }

  private EnterpriseResult evaluate(Enterprise enterprise) {
    EnterpriseResult result = srdi.evaluate(jurisdiction.id().value(), enterprise, asOf)
        .getOrElseThrow(problem -> new IllegalStateException(problem.message()));
    return year.map(result::onlyYear).orElse(result);
  }
}
