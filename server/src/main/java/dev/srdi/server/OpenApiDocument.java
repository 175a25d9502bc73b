package dev.srdi.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.srdi.api.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /openapi.json}: an OpenAPI 3.1 document whose request and response schemas are the
 * contract's JSON Schemas, read from srdi-api's jar ({@code /schema/*.schema.json}) when the server
 * starts: one source of truth, never a copy. Each is embedded under {@code components/schemas} by
 * its file name without {@code .schema.json}; its {@code $id} is dropped and its references are
 * rewritten to point into the document ({@code srdi-evaluation-1.schema.json#/$defs/amount} becomes
 * {@code #/components/schemas/srdi-evaluation-1/$defs/amount}), so that any OpenAPI tool resolves them
 * without fetching anything.
 */
final class OpenApiDocument {
  /** The contract's schemas, as srdi-api publishes them (a test checks that none is missing). */
  static final List<String> CONTRACT_SCHEMAS = List.of("srdi-scenario-1", "srdi-evaluation-1",
      "srdi-evaluation-line-1", "srdi-whatif-1", "srdi-compare-1", "srdi-targets-1", "srdi-jurisdictions-1",
      "srdi-measures-1", "srdi-duties-1", "srdi-document-1", "srdi-reform-1", "srdi-sweep-1", "srdi-whatif-request-1",
      "srdi-portfolio-whatif-1");
  /** The server's own: the problem document. */
  static final String PROBLEM = "srdi-problem-1";

  private static final String SCHEMAS = "#/components/schemas/";
  private static final String JSON = "application/json";
  private static final String LINES = "application/x-ndjson";

  private OpenApiDocument() {}

  static String json() {
    return Json.pretty(document());
  }

  static ObjectNode document() {
    ObjectNode doc = Json.object();
    doc.put("openapi", "3.1.0");
    doc.putObject("info")
        .put("title", "srdi")
        .put("version", "1")
        .put("summary", "SME cultivation policy as code: the srdi contract over HTTP")
        .put("description", "The same JSON documents as the srdi command's --format json, for the same input. "
            + "Every error is an RFC 9457 problem (application/problem+json) with the JSON path and line of each input "
            + "error. A scenario is a srdi-scenario/1 document (application/json) or JSON Lines, one enterprise a line "
            + "(application/x-ndjson); JSON Lines needs asOf.");
    doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    ObjectNode paths = doc.putObject("paths");
    get(paths, "/health", "health", "Whether the server is up, and how many jurisdictions it loaded", List.of(),
        inline(health()));
    get(paths, "/openapi.json", "openapi", "This document", List.of(), inline(Json.object().put("type", "object")));
    get(paths, "/v1/jurisdictions", "jurisdictions", "The loaded jurisdictions (srdi jurisdictions)", List.of(),
        ref("srdi-jurisdictions-1"));
    get(paths, "/v1/jurisdictions/{id}/measures", "measures",
        "The catalogue: measures, targets, tasks, duties, parameters with their dated values (srdi measures)",
        List.of(id()), ref("srdi-measures-1"));
    get(paths, "/v1/jurisdictions/{id}/duties", "duties", "Who does what, and what falls due in a month (srdi duties)",
        List.of(id(), query("month", "The month whose recurring duties to list, YYYY-MM", "string")),
        ref("srdi-duties-1"));
    ObjectNode evaluate = post(paths, "/v1/jurisdictions/{id}/evaluate", "evaluate",
        "What each enterprise gets (srdi evaluate). A JSON Lines body streams back JSON Lines: one line per input line, "
            + "in order; an invalid line yields an error line in its place",
        List.of(id(), asOf(), year(), allEnterprises()), true, ref("srdi-evaluation-1"));
    child(child(child(evaluate, "responses"), "200"), "content").putObject(LINES).set("schema", ref("srdi-evaluation-line-1"));
    post(paths, "/v1/jurisdictions/{id}/whatif", "whatif",
        "Baseline against a scenario's reforms, under one jurisdiction (srdi whatif -j ID --reform R...). The body is a "
            + "srdi-whatif-request/1 document (the scenario and its reforms, in order; budgets go to POST /v1/whatif) or, as a "
            + "shorthand, the scenario alone with its changes as set and interpretation query parameters",
        List.of(id(), asOf(), allEnterprises(), set(), interpretation()), true, whatIfRequest(), ref("srdi-whatif-1"));
    post(paths, "/v1/whatif", "portfolioWhatif",
        "Baseline against the reforms, every city at once, each enterprise under the city it names, with the reforms' "
            + "budgets held against each fund's cost by year (srdi whatif without -j). The body as for one jurisdiction",
        List.of(asOf(), set(), interpretation()), false, whatIfRequest(), ref("srdi-portfolio-whatif-1"));
    post(paths, "/v1/jurisdictions/{id}/targets", "targets", "Each target for the year: required, reached, gap (srdi targets)",
        List.of(id(), required(year()), asOf(), allEnterprises()), true, ref("srdi-targets-1"));
    post(paths, "/v1/compare", "compare", "The scenario under every loaded jurisdiction (srdi compare)",
        List.of(asOf(), year()), false, ref("srdi-compare-1"));
    post(paths, "/v1/validate", "validate", "Parses and validates a scenario without evaluating it (srdi validate)",
        List.of(), false, inline(valid()));
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    for (String name : CONTRACT_SCHEMAS) {
      schemas.set(name, embedded(name, read("/schema/" + name + ".schema.json")));
    }
    schemas.set(PROBLEM, embedded(PROBLEM, read("/dev/srdi/server/" + PROBLEM + ".schema.json")));
    return doc;
  }

  /** The schema as the document holds it: no {@code $id}, every reference pointing into the document. */
  static JsonNode embedded(String name, JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    if (copy instanceof ObjectNode object) {
      object.remove("$id");
    }
    rewrite(name, copy);
    return copy;
  }

  private static void rewrite(String name, JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        object.set("$ref", TextNode.valueOf(pointer(name, ref.asText())));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (!field.getKey().equals("$ref")) {
          rewrite(name, field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> rewrite(name, item));
    }
  }

  /** {@code #/$defs/x} within schema N, {@code M.schema.json} or {@code M.schema.json#/$defs/x}: into the components. */
  static String pointer(String name, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String target = file.isEmpty() ? name : file.replaceFirst("\\.schema\\.json$", "");
    if (!file.isEmpty() && !CONTRACT_SCHEMAS.contains(target)) {
      throw new IllegalStateException(name + " refers to " + ref + ", which is not a schema of the contract");
    }
    return SCHEMAS + target + fragment;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Objects.requireNonNull(OpenApiDocument.class.getResourceAsStream(resource), resource)) {
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void get(ObjectNode paths, String path, String id, String summary, List<ObjectNode> parameters,
      JsonNode schema) {
    ObjectNode op = child(paths, path).putObject("get");
    op.put("operationId", id).put("summary", summary);
    if (!parameters.isEmpty()) {
      op.putArray("parameters").addAll(parameters);
    }
    responses(op, schema, path.contains("{id}"), false);
  }

  private static ObjectNode post(ObjectNode paths, String path, String id, String summary, List<ObjectNode> parameters,
      boolean perJurisdiction, JsonNode schema) {
    return post(paths, path, id, summary, parameters, perJurisdiction, ref("srdi-scenario-1"), schema);
  }

  private static ObjectNode post(ObjectNode paths, String path, String id, String summary, List<ObjectNode> parameters,
      boolean perJurisdiction, JsonNode request, JsonNode schema) {
    ObjectNode op = child(paths, path).putObject("post");
    op.put("operationId", id).put("summary", summary);
    if (!parameters.isEmpty()) {
      op.putArray("parameters").addAll(parameters);
    }
    ObjectNode body = op.putObject("requestBody").put("required", true);
    ObjectNode content = body.putObject("content");
    content.putObject(JSON).set("schema", request);
    content.putObject(LINES).set("schema", Json.object().put("$ref", SCHEMAS + "srdi-scenario-1/$defs/enterprise")
        .put("description", "each line one enterprise"));
    responses(op, schema, perJurisdiction, true);
    return op;
  }

  private static void responses(ObjectNode op, JsonNode schema, boolean perJurisdiction, boolean body) {
    ObjectNode responses = op.putObject("responses");
    responses.putObject("200").put("description", "OK").putObject("content").putObject(JSON).set("schema", schema);
    problem(responses, "400", "Invalid input or query parameter: every error with its JSON path and line");
    if (perJurisdiction) {
      problem(responses, "404", "Unknown jurisdiction (the problem lists the known ones)");
    }
    if (body) {
      problem(responses, "413", "The body is larger than the limit");
      problem(responses, "415", "The body is neither application/json nor application/x-ndjson");
    }
    problem(responses, "503", "Overloaded (every worker busy, the queue full) or timed out: retry later");
  }

  private static void problem(ObjectNode responses, String status, String description) {
    responses.putObject(status).put("description", description).putObject("content")
        .putObject(HttpProblem.MEDIA_TYPE).set("schema", ref(PROBLEM));
  }

  /** The member object, made if absent. */
  private static ObjectNode child(ObjectNode parent, String name) {
    JsonNode existing = parent.get(name);
    return existing instanceof ObjectNode object ? object : parent.putObject(name);
  }

  private static ObjectNode ref(String schema) {
    return Json.object().put("$ref", SCHEMAS + schema);
  }

  private static ObjectNode inline(ObjectNode schema) {
    return schema;
  }

  private static ObjectNode id() {
    ObjectNode p = Json.object().put("name", "id").put("in", "path").put("required", true)
        .put("description", "The jurisdiction's id, e.g. guilin (GET /v1/jurisdictions lists them)");
    p.putObject("schema").put("type", "string");
    return p;
  }

  private static ObjectNode query(String name, String description, String type) {
    ObjectNode p = Json.object().put("name", name).put("in", "query").put("description", description);
    p.putObject("schema").put("type", type);
    return p;
  }

  private static ObjectNode asOf() {
    ObjectNode p = query("asOf", "The day of the evaluation, YYYY-MM-DD; overrides the scenario's; required for JSON Lines",
        "string");
    child(p, "schema").put("format", "date");
    return p;
  }

  private static ObjectNode year() {
    ObjectNode p = query("year", "Keep only entitlements of this year (1900 to 2100)", "integer");
    child(p, "schema").put("minimum", 1900).put("maximum", 2100);
    return p;
  }

  private static ObjectNode required(ObjectNode parameter) {
    return parameter.put("required", true).put("description", "The year the report is for (1900 to 2100)");
  }

  private static ObjectNode allEnterprises() {
    return query("allEnterprises", "Also evaluate enterprises whose jurisdiction names another city (srdi --all-enterprises)",
        "boolean");
  }

  private static ObjectNode repeated(String name, String description) {
    ObjectNode p = Json.object().put("name", name).put("in", "query").put("description", description)
        .put("explode", true);
    p.putObject("schema").put("type", "array").putObject("items").put("type", "string");
    return p;
  }

  /** A what-if's JSON body: a request with reforms, or the scenario alone (the query's changes then apply to it). */
  private static ObjectNode whatIfRequest() {
    ObjectNode s = Json.object().put("description", "A srdi-whatif-request/1 document (its top level has scenario), or a "
        + "srdi-scenario/1 document alone");
    s.putArray("oneOf").add(ref("srdi-whatif-request-1")).add(ref("srdi-scenario-1"));
    return s;
  }

  private static ObjectNode set() {
    return repeated("set", "A changed parameter, PARAM=VALUE or PARAM=VALUE@YYYY-MM-DD (srdi whatif --set), after the body's "
        + "reforms; repeatable, each parameter once, and not one a reform sets");
  }

  private static ObjectNode interpretation() {
    return repeated("interpretation", "A switched interpretation, NAME=CHOICE, after the body's reforms; repeatable, each "
        + "name once, and not one a reform sets");
  }

  private static ObjectNode health() {
    ObjectNode s = Json.object().put("type", "object");
    s.putArray("required").add("status").add("jurisdictions").add("loadFailures");
    ObjectNode p = s.putObject("properties");
    p.putObject("status").putArray("enum").add("up");
    p.putObject("jurisdictions").put("type", "integer").put("minimum", 0);
    p.putObject("loadFailures").put("type", "integer").put("minimum", 0);
    return s;
  }

  private static ObjectNode valid() {
    ObjectNode s = Json.object().put("type", "object");
    s.putArray("required").add("valid").add("enterprises").add("parks");
    ObjectNode p = s.putObject("properties");
    p.putObject("valid").put("const", true);
    p.putObject("enterprises").put("type", "integer").put("minimum", 0);
    p.putObject("parks").put("type", "integer").put("minimum", 0);
    p.putObject("asOf").put("type", "string").put("format", "date");
    return s;
  }
}
