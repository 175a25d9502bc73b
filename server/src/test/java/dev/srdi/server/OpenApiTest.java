package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /openapi.json} is a valid OpenAPI 3.1 document (read by swagger-parser, every reference
 * resolved), lists exactly the endpoints, and embeds every schema srdi-api publishes, as published.
 */
final class OpenApiTest {
  private static final Path SCHEMAS = Path.of("..", "api", "src", "main", "resources", "schema");
  private static Served served;
  private static String text;
  private static JsonNode doc;

  @BeforeAll
  static void fetch() throws IOException {
    served = Served.start();
    var r = served.get("/openapi.json");
    assertEquals(200, r.statusCode());
    text = r.body();
    doc = Json.mapper().readTree(text);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void swagger_parser_reads_it_as_openapi_3_1_without_a_message() {
    var options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
    assertEquals(List.of(), result.getMessages());
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    assertTrue(result.getOpenAPI().getComponents().getSchemas().containsKey("srdi-evaluation-1"));
  }

  @Test
  void it_lists_exactly_the_endpoints() {
    Set<String> operations = new TreeSet<>();
    doc.get("paths").properties().forEach(p -> p.getValue().fieldNames()
        .forEachRemaining(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    assertEquals(new TreeSet<>(List.of("GET /health", "GET /openapi.json", "GET /v1/jurisdictions",
        "GET /v1/jurisdictions/{id}/measures", "GET /v1/jurisdictions/{id}/duties",
        "POST /v1/jurisdictions/{id}/evaluate", "POST /v1/jurisdictions/{id}/whatif",
        "POST /v1/jurisdictions/{id}/targets", "POST /v1/whatif", "POST /v1/compare", "POST /v1/validate")), operations);
  }

  @Test
  void the_what_ifs_take_a_request_with_reforms_or_the_scenario_alone() {
    for (String path : List.of("/v1/jurisdictions/{id}/whatif", "/v1/whatif")) {
      JsonNode post = doc.get("paths").get(path).get("post");
      JsonNode body = post.get("requestBody").get("content").get("application/json").get("schema").get("oneOf");
      assertEquals("#/components/schemas/srdi-whatif-request-1", body.get(0).get("$ref").asText(), path);
      assertEquals("#/components/schemas/srdi-scenario-1", body.get(1).get("$ref").asText(), path);
    }
    assertEquals("#/components/schemas/srdi-portfolio-whatif-1", doc.at("/paths/~1v1~1whatif/post/responses/200/content")
        .get("application/json").get("schema").get("$ref").asText());
    JsonNode request = doc.get("components").get("schemas").get("srdi-whatif-request-1").get("properties");
    assertEquals("#/components/schemas/srdi-reform-1", request.get("reforms").get("items").get("$ref").asText());
  }

  @Test
  void every_published_schema_is_embedded_as_published_but_for_its_id_and_references() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(SCHEMAS)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).sorted().toList();
    }
    assertEquals(files.stream().map(n -> n.replace(".schema.json", "")).sorted().toList(),
        OpenApiDocument.CONTRACT_SCHEMAS.stream().sorted().toList(), "a schema of srdi-api is missing from the document");
    for (String file : files) {
      String name = file.replace(".schema.json", "");
      JsonNode published = Json.mapper().readTree(SCHEMAS.resolve(file).toFile());
      JsonNode embedded = doc.get("components").get("schemas").get(name);
      assertEquals(withoutIdAndRefs(published), withoutIdAndRefs(embedded), name);
    }
  }

  @Test
  void every_reference_points_at_something_in_the_document() {
    List<String> refs = new ArrayList<>();
    collect(doc, refs);
    assertTrue(refs.size() > 50, "references: " + refs.size());
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/"), ref);
      String pointer = ref.substring(1).replace("~1", "/");
      assertTrue(!doc.at(pointer).isMissingNode(), ref + " resolves to nothing");
    }
  }

  private static JsonNode withoutIdAndRefs(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.remove("$id");
      if (o.has("$ref")) {
        o.put("$ref", "");
      }
      o.forEach(OpenApiTest::strip);
    } else if (node.isArray()) {
      node.forEach(OpenApiTest::strip);
    }
  }

  private static void collect(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs.add(ref.asText());
      }
    }
    node.forEach(child -> collect(child, refs));
  }
}
