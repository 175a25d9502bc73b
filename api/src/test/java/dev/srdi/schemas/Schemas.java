package dev.srdi.schemas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.srdi.api.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published JSON Schemas, read from the jar's /schema/ folder, for tests that check documents
 * against them. A schema's {@code $ref} to another (by its {@code $id} under {@value #BASE}) is read
 * from the same folder, never fetched.
 */
public final class Schemas {
  public static final String BASE = "https://srdi.dev/schema/";
  public static final String SCENARIO = "srdi-scenario-1.schema.json";
  public static final String EVALUATION = "srdi-evaluation-1.schema.json";
  public static final String EVALUATION_LINE = "srdi-evaluation-line-1.schema.json";
  public static final String WHAT_IF = "srdi-whatif-1.schema.json";
  public static final String COMPARE = "srdi-compare-1.schema.json";
  public static final String TARGETS = "srdi-targets-1.schema.json";
  public static final String DUTIES = "srdi-duties-1.schema.json";
  public static final String MEASURES = "srdi-measures-1.schema.json";
  public static final String JURISDICTIONS = "srdi-jurisdictions-1.schema.json";
  public static final String DOCUMENT = "srdi-document-1.schema.json";
  public static final String REFORM = "srdi-reform-1.schema.json";
  public static final String SWEEP = "srdi-sweep-1.schema.json";
  public static final String WHAT_IF_REQUEST = "srdi-whatif-request-1.schema.json";
  public static final String PORTFOLIO_WHAT_IF = "srdi-portfolio-whatif-1.schema.json";

  /** Every published schema: one per contract document. */
  public static final List<String> ALL = List.of(SCENARIO, EVALUATION, EVALUATION_LINE, WHAT_IF, COMPARE, TARGETS, DUTIES,
      MEASURES, JURISDICTIONS, DOCUMENT, REFORM, SWEEP, WHAT_IF_REQUEST, PORTFOLIO_WHAT_IF);

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(iri -> iri.startsWith(BASE) ? text(iri.substring(BASE.length())) : null));

  private Schemas() {}

  public static Schema schema(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
  }

  /** The schema of one of the file's {@code $defs}, e.g. a scenario's enterprise. */
  public static Schema definition(String name, String def) {
    ObjectNode root = (ObjectNode) node(name);
    root.remove(List.of("type", "required", "properties", "additionalProperties"));
    root.put("$ref", "#/$defs/" + def);
    return REGISTRY.getSchema(Json.compact(root), InputFormat.JSON);
  }

  public static void assertValid(Schema schema, String json, String what) throws IOException {
    List<Error> errors = schema.validate(Json.mapper().readTree(json));
    assertTrue(errors.isEmpty(), what + ": " + errors + "\n" + json);
  }

  private static JsonNode node(String name) {
    try {
      return Json.mapper().readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema /schema/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
