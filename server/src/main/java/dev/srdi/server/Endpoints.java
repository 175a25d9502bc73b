package dev.srdi.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Scenario;
import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.CatalogJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What each endpoint answers, through the facade only: each document is the facade's {@code toJson()}
 * (or the api's JSON writer the command uses), so that the bytes are the command's for the same input.
 */
final class Endpoints {
  private final Srdi srdi;
  private final String openApi;

  Endpoints(Srdi srdi, String openApi) {
    this.srdi = srdi;
    this.openApi = openApi;
  }

  /** The jurisdiction a route names, before its body is read: an unknown one is 404 at once. */
  Either<HttpProblem, Optional<Jurisdiction>> jurisdiction(Route route) {
    return route.jurisdiction().isEmpty()
        ? Either.right(Optional.empty())
        : srdi.jurisdiction(route.jurisdiction().get()).map(Optional::of).mapLeft(HttpProblem::of);
  }

  Answer answer(Route route, Query query, Supplier<Body> body) {
    String id = route.jurisdiction().orElse("");
    Either<HttpProblem, Answer> answer = switch (route.endpoint()) {
      case HEALTH -> Either.right(Answer.document(health()));
      case OPENAPI -> Either.right(Answer.document(openApi));
      case JURISDICTIONS -> Either.right(Answer.document(
          Json.pretty(CatalogJson.jurisdictions(srdi.jurisdictions(), srdi.loadFailures()))));
      case MEASURES -> srdi.catalogue(id).mapLeft(HttpProblem::of).map(c -> Answer.document(c.toJson()));
      case DUTIES -> query.month().flatMap(month -> srdi.duties(id, month).mapLeft(HttpProblem::of))
          .map(d -> Answer.document(d.toJson()));
      case EVALUATE -> evaluate(id, query, body.get());
      case WHATIF -> whatIf(id, query, body.get());
      case PORTFOLIO_WHATIF -> WhatIfBodies.read(srdi, body.get(), query).flatMap(r -> srdi.whatIf(r.scenario(), r.reform())
          .mapLeft(p -> HttpProblem.of(p, r.places()))
          .map(w -> new Answer.Document(w.toJson(), w.cities().stream().mapToInt(c -> c.enterprises().size()).sum())));
      case TARGETS -> query.year().flatMap(year -> year.isEmpty()
          ? Either.left(HttpProblem.badParameter("year", "required: the year the report is for"))
          : scope(query).flatMap(scope -> scenario(query, body.get())
              .flatMap(s -> srdi.targets(id, s, year.get(), scope).mapLeft(HttpProblem::of)
                  .map(t -> new Answer.Document(t.toJson(), s.enterprises().size() - t.leftOut().size())))));
      case COMPARE -> query.year().flatMap(year -> scenario(query, body.get())
          .flatMap(s -> srdi.compare(s).mapLeft(HttpProblem::of)
              .map(c -> new Answer.Document(year.map(c::onlyYear).orElse(c).toJson(), s.enterprises().size()))));
      case VALIDATE -> ScenarioBodies.read(srdi, body.get()).map(s -> new Answer.Document(valid(s), s.enterprises().size()));
    };
    return answer.fold(Answer.Failed::new, a -> a);
  }

  private Either<HttpProblem, Answer> evaluate(String id, Query query, Body body) {
    return query.year().flatMap(year -> scope(query).flatMap(scope -> {
      if (body.type() == MediaType.JSON_LINES) {
        return query.asOf().flatMap(asOf -> asOf.isEmpty()
            ? Either.left(HttpProblem.badParameter("asOf", "required for JSON Lines: the day of the evaluation"))
            : srdi.jurisdiction(id).mapLeft(HttpProblem::of).map(j ->
                new Answer.Lines(new EvaluationLines(srdi, j, asOf.get(), year, scope, body))));
      }
      return scenario(query, body).flatMap(s -> srdi.evaluate(id, s, scope).mapLeft(HttpProblem::of)
          .map(e -> new Answer.Document(year.map(e::onlyYear).orElse(e).toJson(), e.enterprises().size())));
    }));
  }

  /** One city: the reforms' changes applied to it; budgets are held against every city at once, so they are refused here. */
  private Either<HttpProblem, Answer> whatIf(String id, Query query, Body body) {
    return scope(query).flatMap(scope -> WhatIfBodies.read(srdi, body, query).flatMap(r -> {
      List<Place> budgets = r.places().budgets();
      if (!budgets.isEmpty()) {
        return Either.left(HttpProblem.invalidInput(budgets.stream().map(b -> b.error("budgets are held against every city"
            + " at once: send this request to POST /v1/whatif")).toList()));
      }
      return srdi.whatIf(id, r.scenario(), r.reform().overrides(), scope).mapLeft(p -> HttpProblem.of(p, r.places()))
          .map(w -> new Answer.Document(w.toJson(), w.enterprises().size()));
    }));
  }

  /** The body's scenario, its as-of date the query's if given (as {@code --as-of} overrides the file's). */
  private Either<HttpProblem, Scenario> scenario(Query query, Body body) {
    return query.asOf().flatMap(asOf -> ScenarioBodies.read(srdi, body).map(s -> asOf.map(s::asOf).orElse(s)));
  }

  private static Either<HttpProblem, Scope> scope(Query query) {
    return query.allEnterprises().map(all -> all ? Scope.EVERY_ENTERPRISE : Scope.OWN_ENTERPRISES);
  }

  private String health() {
    ObjectNode out = Json.object();
    out.put("status", "up");
    out.put("jurisdictions", srdi.jurisdictions().size());
    out.put("loadFailures", srdi.loadFailures().size());
    return Json.pretty(out);
  }

  /** The document {@code srdi validate -f json} prints. */
  private static String valid(Scenario read) {
    ObjectNode out = Json.object();
    out.put("valid", true);
    out.put("enterprises", read.enterprises().size());
    out.put("parks", read.parks().size());
    read.asOf().ifPresent(d -> out.put("asOf", d.toString()));
    return Json.pretty(out);
  }
}
