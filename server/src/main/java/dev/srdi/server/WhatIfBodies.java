package dev.srdi.server;

import dev.srdi.api.Problem;
import dev.srdi.api.Reform;
import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.core.parameter.Overrides;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A what-if's body: a {@code srdi-whatif-request/1} document (a scenario and its reforms, as
 * {@code srdi whatif -s F --reform R…} takes them), or, as a shorthand, the scenario alone (JSON or
 * JSON Lines) with the changes as query parameters. The body's reforms come first, then the query's
 * {@code set} and {@code interpretation}, as the command takes its reform files before {@code --set};
 * a name set twice is refused, never settled by order.
 */
final class WhatIfBodies {
  private WhatIfBodies() {}

  static Either<HttpProblem, WhatIfRequest> read(Srdi srdi, Body body, Query query) {
    return query.overrides().flatMap(given -> query.asOf().flatMap(asOf -> body(srdi, body)
        .flatMap(request -> withQuery(request, given))
        .map(request -> asOf.map(request::asOf).orElse(request))));
  }

  private static Either<HttpProblem, WhatIfRequest> body(Srdi srdi, Body body) {
    if (body.type() == MediaType.JSON_LINES) {
      return ScenarioBodies.read(srdi, body).map(WhatIfBodies::alone);
    }
    return body.text().flatMap(text -> WhatIfEnvelope.scan(text)
        .map(scan -> request(srdi, scan))
        .orElseGet(() -> srdi.readScenario(text).mapLeft(HttpProblem::of).map(WhatIfBodies::alone)));
  }

  private static WhatIfRequest alone(Scenario scenario) {
    return new WhatIfRequest(scenario, Reform.none(), ReformPlaces.NONE);
  }

  /** The scenario and each reform read by the facade's own readers, every error placed in the body; then the reforms as one. */
  private static Either<HttpProblem, WhatIfRequest> request(Srdi srdi, WhatIfEnvelope.Scan scan) {
    var errors = new ArrayList<InputError>(scan.errors());
    Optional<Scenario> scenario = scan.scenario().flatMap(part -> {
      Either<Problem, Scenario> read = srdi.readScenario(part.text());
      read.swap().forEach(p -> errors.addAll(placed(part, p)));
      return read.toJavaOptional();
    });
    var reforms = new ArrayList<Reform>();
    for (WhatIfEnvelope.ReformPart reform : scan.reforms()) {
      Either<Problem, Reform> read = srdi.readReform(reform.part().text());
      read.swap().forEach(p -> errors.addAll(placed(reform.part(), p)));
      read.forEach(reforms::add);
    }
    if (!errors.isEmpty() || scenario.isEmpty()) {
      return Either.left(HttpProblem.invalidInput(errors));
    }
    ReformPlaces places = new ReformPlaces(scan.reforms());
    Reform all = Reform.none();
    for (int i = 0; i < reforms.size(); i++) {
      Either<List<String>, Reform> both = all.and(reforms.get(i));
      if (both.isLeft()) {
        for (String name : both.getLeft()) {
          errors.add(places.twice(i, name).error(name + " is set again: an earlier reform sets it; give each once"));
        }
      } else {
        all = both.get();
      }
    }
    return errors.isEmpty()
        ? Either.right(new WhatIfRequest(scenario.get(), all, places))
        : Either.left(HttpProblem.invalidInput(errors));
  }

  private static List<InputError> placed(WhatIfEnvelope.Part part, Problem problem) {
    return problem instanceof Problem.InvalidInput invalid
        ? invalid.errors().stream().map(part.at()::within).toList()
        : List.of(part.at().error(problem.message()));
  }

  /** The query's changes after the body's reforms. */
  private static Either<HttpProblem, WhatIfRequest> withQuery(WhatIfRequest request, Overrides given) {
    if (given.isEmpty()) {
      return Either.right(request);
    }
    return request.reform().and(new Reform(Optional.empty(), Optional.empty(), given, List.of()))
        .mapLeft(twice -> HttpProblem.badParameter(given.parameters().containsKey(twice.get(0)) ? "set" : "interpretation",
            String.join(", ", twice) + " is set by a reform of the body too; give each once"))
        .map(request::with);
  }
}
