package dev.srdi.schemas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.srdi.api.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The published JSON Schemas, read from the jar's /schema/ folder, for tests that check documents against them. */
public final class Schemas {
  public static final String SCENARIO = "srdi-scenario-1.schema.json";
  public static final String EVALUATION = "srdi-evaluation-1.schema.json";

  private Schemas() {}

  public static Schema schema(String name) {
    return registry().getSchema(Json.compact(node(name)), InputFormat.JSON);
  }

  /** The schema of one of the file's {@code $defs}, e.g. a JSON Lines record. */
  public static Schema definition(String name, String def) {
    ObjectNode root = (ObjectNode) node(name);
    root.remove(List.of("type", "required", "properties", "additionalProperties"));
    root.put("$ref", "#/$defs/" + def);
    return registry().getSchema(Json.compact(root), InputFormat.JSON);
  }

  public static void assertValid(Schema schema, String json, String what) throws IOException {
    List<Error> errors = schema.validate(Json.mapper().readTree(json));
    assertTrue(errors.isEmpty(), what + ": " + errors + "\n" + json);
  }

  private static JsonNode node(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + name)) {
      return Json.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  }
}
