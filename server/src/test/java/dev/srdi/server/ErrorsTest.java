package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error is an RFC 9457 problem document with its status, the facade's code, and no stack trace. */
final class ErrorsTest {
  private static final long LIMIT = 64 * 1024;
  private static Served served;

  @BeforeAll
  static void start() {
    served = Served.start(ServerConfig.defaults().withMaxBodyBytes(LIMIT));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void an_unknown_jurisdiction_is_404_naming_the_known_ones() {
    JsonNode p = problem(served.postJson("/v1/jurisdictions/atlantis/evaluate", Served.example("guilin.json")), 404,
        "unknown-jurisdiction");
    assertEquals(List.of("guilin", "xiangxiang", "zhanjiang"), Json.mapper().convertValue(p.get("known"), List.class));
    assertEquals("/v1/jurisdictions/atlantis/evaluate", p.get("instance").asText());
    assertEquals("https://srdi.dev/problems/unknown-jurisdiction", p.get("type").asText());
    problem(served.get("/v1/jurisdictions/atlantis/measures"), 404, "unknown-jurisdiction");
  }

  @Test
  void an_unknown_path_is_404_and_a_wrong_method_405() {
    problem(served.get("/v1/nothing"), 404, "not-found");
    problem(served.get("/v1/jurisdictions/guilin/evaluate/more"), 404, "not-found");
    var r = served.get("/v1/jurisdictions/guilin/evaluate");
    problem(r, 405, "method-not-allowed");
    assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void invalid_input_lists_every_error_with_its_path_and_line() {
    String scenario = "{\n  \"schema\": \"srdi-scenario/1\",\n  \"asOf\": \"2025-12-31\",\n  \"enterprises\": [\n"
        + "    {\"id\": \"A\", \"financials\": [{\"year\": 2024, \"revenue\": \"-1\"}]},\n"
        + "    {\"id\": \"B\", \"financials\": [{\"year\": 2024, \"employees\": -3}]}\n  ]\n}\n";
    JsonNode p = problem(served.postJson("/v1/jurisdictions/guilin/evaluate", scenario), 400, "invalid-input");
    assertTrue(p.get("errors").size() >= 2, p.toString());
    for (JsonNode e : p.get("errors")) {
      assertTrue(e.get("line").asInt() >= 5, e.toString());
      assertFalse(e.get("path").asText().isEmpty(), e.toString());
    }
  }

  @Test
  void bad_overrides_and_a_missing_date_are_400_with_their_codes() {
    JsonNode p = problem(served.postJson("/v1/jurisdictions/guilin/whatif?set=guilin.no-such%3D1",
        Served.example("guilin.json")), 400, "invalid-overrides");
    assertEquals("unknown-parameter", p.get("overrides").get(0).get("code").asText(), p.toString());
    String undated = Served.example("guilin.json").replace("\"asOf\": \"2025-12-31\",", "");
    problem(served.postJson("/v1/compare", undated), 400, "missing-as-of");
    problem(served.post("/v1/jurisdictions/guilin/evaluate", "application/x-ndjson", "{}\n"), 400, "invalid-parameter");
  }

  @Test
  void bad_query_parameters_are_400_naming_the_parameter() {
    String scenario = Served.example("guilin.json");
    for (String query : List.of("?asOf=2025-13-01", "?year=99999", "?year=2024&year=2025", "?allEnterprises=maybe",
        "?asof=2025-12-31", "?asOf=1800-01-01")) {
      JsonNode p = problem(served.postJson("/v1/jurisdictions/guilin/evaluate" + query, scenario), 400,
          "invalid-parameter");
      assertTrue(p.has("parameter"), query + ": " + p);
    }
    problem(served.postJson("/v1/jurisdictions/guilin/targets", scenario), 400, "invalid-parameter");
    problem(served.get("/v1/jurisdictions/guilin/duties?month=2025-13"), 400, "invalid-parameter");
  }

  @Test
  void a_wrong_or_missing_content_type_is_415() {
    String scenario = Served.example("guilin.json");
    problem(served.post("/v1/validate", "text/plain", scenario), 415, "unsupported-media-type");
    problem(served.post("/v1/validate", "application/json;charset=iso-8859-1", scenario), 415, "unsupported-media-type");
    problem(served.send(HttpRequest.newBuilder(served.uri("/v1/validate"))
        .POST(HttpRequest.BodyPublishers.ofString(scenario))), 415, "unsupported-media-type");
    assertEquals(200, served.post("/v1/validate", "application/json; charset=UTF-8", scenario).statusCode());
  }

  @Test
  void a_body_over_the_limit_is_413_declared_or_chunked() {
    String big = "{\"schema\": \"srdi-scenario/1\", \"enterprises\": [], \"pad\": \"" + "x".repeat((int) LIMIT) + "\"}";
    problem(served.postJson("/v1/validate", big), 413, "too-large");
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    // No Content-Length: the body arrives chunked and is refused once it passes the limit.
    var chunked = HttpRequest.newBuilder(served.uri("/v1/validate")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    HttpResponse<String> refused = served.send(chunked);
    problem(refused, 413, "too-large");
    assertEquals("close", refused.headers().firstValue("Connection").orElse(""), "the unread rest closes the connection");
    String lines = ("{\"id\": \"" + "y".repeat(1000) + "\"}\n").repeat((int) (LIMIT / 1000) + 2);
    var chunkedLines = HttpRequest.newBuilder(served.uri("/v1/jurisdictions/guilin/evaluate?asOf=2025-12-31"))
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))));
    // Streamed: the first lines are answered before the limit is reached, so the answer can only be cut short.
    assertThrows(java.io.UncheckedIOException.class, () -> served.send(chunkedLines).body().lines().count());
    problem(served.post("/v1/jurisdictions/guilin/evaluate?asOf=2025-12-31", "application/x-ndjson", lines), 413,
        "too-large");
    assertEquals(200, served.get("/health").statusCode());
  }

  @Test
  void a_body_that_is_not_utf8_is_invalid_input() {
    byte[] latin1 = Served.example("guilin.json").replace("2025-12-31", "2025-12-31é").getBytes(StandardCharsets.ISO_8859_1);
    JsonNode p = problem(served.send(HttpRequest.newBuilder(served.uri("/v1/validate"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(latin1))), 400,
        "invalid-input");
    JsonNode error = p.get("errors").get(0);
    assertEquals("not UTF-8 text (byte 22 of the line, 0xE9, is not part of a UTF-8 character)", error.get("message").asText());
    assertEquals(3, error.get("line").asInt(), error.toString());
  }

  @Test
  void malformed_http_is_answered_with_a_problem_too() throws Exception {
    try (var socket = new java.net.Socket(served.server.address().getAddress(), served.server.port())) {
      socket.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertFalse(answer.contains("Exception") || answer.contains("<html"), answer);
    }
  }

  static JsonNode problem(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals(HttpProblem.MEDIA_TYPE + ";charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), r.body());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("dev.srdi."), r.body());
    try {
      JsonNode p = Json.mapper().readTree(r.body());
      assertEquals(code, p.get("code").asText(), r.body());
      assertEquals(status, p.get("status").asInt());
      assertTrue(p.has("type") && p.has("title") && p.has("detail") && p.has("instance"), r.body());
      return p;
    } catch (java.io.IOException e) {
      throw new AssertionError(r.body(), e);
    }
  }
}
