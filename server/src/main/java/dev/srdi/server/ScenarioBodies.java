package dev.srdi.server;

import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.core.facts.Enterprise;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * A scenario from a request body, read and validated as the command reads a file: a JSON document
 * through the facade, or JSON Lines one enterprise a line (every bad line reported, and a repeated
 * enterprise id, as {@code srdi validate} reports them).
 */
final class ScenarioBodies {
  private ScenarioBodies() {}

  static Either<HttpProblem, Scenario> read(Srdi srdi, Body body) {
    return body.type() == MediaType.JSON
        ? body.text().flatMap(text -> srdi.readScenario(text).mapLeft(HttpProblem::of))
        : lines(srdi, body);
  }

  private static Either<HttpProblem, Scenario> lines(Srdi srdi, Body body) {
    var enterprises = new ArrayList<Enterprise>();
    var firstLineOfId = new HashMap<String, Integer>();
    var errors = new ArrayList<InputError>();
    try (Utf8Lines in = body.lines()) {
      Utf8Lines.Line line;
      int number = 0;
      while ((line = in.next()) != null) {
        number++;
        if (line.error().isPresent()) {
          errors.add(line.error().get());
          continue;
        }
        var record = srdi.readEnterprise(line.text(), number);
        // As the command: the id of a record with other errors counts too.
        Optional<String> id = record.isRight() ? Optional.of(record.get().id().value()) : ScenarioReader.idOf(line.text());
        if (record.isRight()) {
          enterprises.add(record.get());
        } else {
          errors.addAll(EvaluationLines.inputErrors(record.getLeft()));
        }
        if (id.isPresent()) {
          Integer earlier = firstLineOfId.putIfAbsent(id.get(), number);
          if (earlier != null) {
            errors.add(InputError.at("id", number, "duplicate enterprise id '" + id.get() + "' (also line " + earlier + ")"));
          }
        }
      }
    } catch (Body.TooLarge e) {
      return Either.left(HttpProblem.tooLarge(body.limit()));
    } catch (IOException e) {
      return Either.left(HttpProblem.unreadable());
    }
    return errors.isEmpty()
        ? Either.right(new Scenario(Optional.empty(), enterprises, List.of()))
        : Either.left(HttpProblem.invalidInput(errors));
  }
}
