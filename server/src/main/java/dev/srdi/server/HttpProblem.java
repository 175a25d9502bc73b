package dev.srdi.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Problem;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.Json;
import dev.srdi.core.parameter.OverrideProblem;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An error answer as an RFC 9457 problem document ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, plus the facade's stable {@code code}
 * and, for invalid input, every error with its JSON path and line. Never a stack trace: the detail is
 * the facade's message or a fixed sentence.
 *
 * @param status the HTTP status
 * @param code the stable code, also the last segment of {@code type}
 * @param title a short, fixed summary of the kind of problem
 * @param detail this occurrence in plain words
 * @param extension adds the members that belong to this kind (errors, known ids, overrides)
 */
record HttpProblem(int status, String code, String title, String detail, Consumer<ObjectNode> extension) {
  /** The media type of every error answer. */
  static final String MEDIA_TYPE = "application/problem+json";
  /** Where the problem types are named; the documents are not fetched, the URI is an identifier. */
  static final String TYPE_BASE = "https://srdi.dev/problems/";

  HttpProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(extension, "extension");
  }

  /**
   * The facade's problem: 404 for an unknown jurisdiction, 503 for one whose plugin failed to load or
   * when none is loaded at all, 400 for everything the input got wrong.
   */
  static HttpProblem of(Problem problem) {
    return of(problem, ReformPlaces.NONE);
  }

  /**
   * The facade's problem with a request's reforms: a bad override, or a budget's unknown fund, is
   * placed where the body's reform names it.
   */
  static HttpProblem of(Problem problem, ReformPlaces places) {
    if (problem instanceof Problem.UnknownJurisdiction unknown) {
      return new HttpProblem(404, problem.code(), "Unknown jurisdiction", problem.message(),
          doc -> strings(doc.putArray("known"), unknown.known()));
    }
    if (problem instanceof Problem.InvalidInput input) {
      return invalidInput(input.errors().stream().map(places::locate).toList());
    }
    if (problem instanceof Problem.InvalidOverrides overrides) {
      return new HttpProblem(400, problem.code(), "Invalid overrides", problem.message(), doc -> {
        ArrayNode list = doc.putArray("overrides");
        for (OverrideProblem p : overrides.problems()) {
          ObjectNode item = list.addObject().put("code", p.code())
              .put("subject", p.subject().name().toLowerCase(java.util.Locale.ROOT)).put("message", p.message());
          places.of(p).ifPresent(at -> {
            item.put("path", at.path());
            item.put("line", at.line());
            item.put("column", at.column());
          });
        }
      });
    }
    // The deployment's fault, not the request's: the plugin (or every plugin) could not be loaded.
    if (problem instanceof Problem.NoJurisdictionLoaded) {
      return new HttpProblem(503, problem.code(), "No jurisdiction loaded", problem.message(), doc -> { });
    }
    if (problem instanceof Problem.JurisdictionNotLoaded) {
      return new HttpProblem(503, problem.code(), "Jurisdiction not loaded", problem.message(), doc -> { });
    }
    String title = problem instanceof Problem.MissingAsOf ? "No as-of date" : "No input";
    return new HttpProblem(400, problem.code(), title, problem.message(), doc -> { });
  }

  /** Every input error, in the order of the text, each with its JSON path, line (and column) and message. */
  static HttpProblem invalidInput(List<InputError> errors) {
    Problem.InvalidInput sorted = new Problem.InvalidInput(errors);
    return new HttpProblem(400, sorted.code(), "Invalid input", sorted.message(), doc -> {
      ArrayNode list = doc.putArray("errors");
      for (InputError e : sorted.errors()) {
        ObjectNode item = list.addObject().put("path", e.path());
        e.line().ifPresent(n -> item.put("line", n));
        e.column().ifPresent(n -> item.put("column", n));
        item.put("message", e.message());
        item.put("detail", e.describe());
      }
    });
  }

  /** A query parameter that cannot be read, e.g. {@code asOf=2025-13-01}. */
  static HttpProblem badParameter(String name, String detail) {
    return new HttpProblem(400, "invalid-parameter", "Invalid query parameter", name + ": " + detail,
        doc -> doc.put("parameter", name));
  }

  static HttpProblem notFound(String path) {
    return new HttpProblem(404, "not-found", "Not found", "no endpoint at " + path + " (see GET /openapi.json)",
        doc -> { });
  }

  static HttpProblem methodNotAllowed(String method, String allowed) {
    return new HttpProblem(405, "method-not-allowed", "Method not allowed",
        method + " is not allowed here; allowed: " + allowed, doc -> doc.put("allow", allowed));
  }

  static HttpProblem tooLarge(long limit) {
    return new HttpProblem(413, "too-large", "Request body too large",
        "the request body is larger than " + limit + " bytes; send a large portfolio in parts, or use the srdi command",
        doc -> doc.put("limit", limit));
  }

  static HttpProblem unsupportedType(String given, List<String> accepted) {
    return new HttpProblem(415, "unsupported-media-type", "Unsupported media type",
        (given.isEmpty() ? "no Content-Type" : "Content-Type " + given) + "; send " + String.join(" or ", accepted),
        doc -> strings(doc.putArray("accepted"), accepted));
  }

  static HttpProblem overloaded() {
    return new HttpProblem(503, "overloaded", "Overloaded",
        "every worker is busy and the queue is full; retry shortly", doc -> { });
  }

  static HttpProblem timedOut(long millis) {
    return new HttpProblem(503, "timeout", "Timed out", "the request was not answered within " + millis + " ms",
        doc -> { });
  }

  static HttpProblem unreadable() {
    return new HttpProblem(400, "unreadable-body", "Unreadable body", "the request body could not be read to its end",
        doc -> { });
  }

  static HttpProblem internal() {
    return new HttpProblem(500, "internal-error", "Internal error",
        "the request could not be answered; the server's log has the time of it", doc -> { });
  }

  /** The document, indented as every contract document is. */
  String toJson(String instance) {
    ObjectNode doc = Json.object();
    doc.put("type", TYPE_BASE + code);
    doc.put("title", title);
    doc.put("status", status);
    doc.put("detail", detail);
    doc.put("instance", instance);
    doc.put("code", code);
    extension.accept(doc);
    return Json.pretty(doc);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
