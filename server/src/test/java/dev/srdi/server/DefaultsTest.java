package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Safe defaults: loopback only, CORS off unless configured, one log line per request without its body. */
final class DefaultsTest {
  @Test
  void the_server_binds_the_loopback_interface_unless_told_otherwise() {
    assertEquals("127.0.0.1", ServerConfig.defaults().host());
    assertEquals(8080, ServerConfig.defaults().port());
    try (Served served = Served.start()) {
      assertTrue(served.server.address().getAddress().isLoopbackAddress());
      assertEquals("http://127.0.0.1:" + served.server.port(), served.server.uri().toString());
    }
  }

  @Test
  void cors_is_off_by_default_and_answers_only_the_configured_origins() {
    try (Served served = Served.start()) {
      var r = served.send(HttpRequest.newBuilder(served.uri("/health")).header("Origin", "https://evil.example"));
      assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
    try (Served served = Served.start(ServerConfig.defaults().withCorsOrigins(List.of("https://portal.example")))) {
      var allowed = served.send(HttpRequest.newBuilder(served.uri("/health")).header("Origin", "https://portal.example"));
      assertEquals("https://portal.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      var other = served.send(HttpRequest.newBuilder(served.uri("/health")).header("Origin", "https://evil.example"));
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
      var preflight = served.send(HttpRequest.newBuilder(served.uri("/v1/compare")).header("Origin", "https://portal.example")
          .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertEquals(204, preflight.statusCode());
      assertEquals("GET, POST", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    }
  }

  @Test
  void each_request_is_logged_once_with_method_path_status_time_and_enterprises_never_the_body() {
    try (Served served = Served.start()) {
      String scenario = Served.example("guilin.json");
      served.postJson("/v1/jurisdictions/guilin/evaluate?year=2024", scenario);
      served.get("/v1/jurisdictions/atlantis/measures");
      served.get("/health");
      List<String> lines = List.copyOf(served.log);
      assertEquals(3, lines.size(), lines.toString());
      int enterprises = Served.SRDI.readScenario(scenario).get().enterprises().size();
      assertTrue(lines.get(0).matches("POST /v1/jurisdictions/guilin/evaluate 200 \\d+ms enterprises=" + enterprises),
          lines.get(0));
      assertTrue(lines.get(1).matches("GET /v1/jurisdictions/atlantis/measures 404 \\d+ms enterprises=0"), lines.get(1));
      assertTrue(lines.get(2).matches("GET /health 200 \\d+ms enterprises=0"), lines.get(2));
      String firstId = Served.SRDI.readScenario(scenario).get().enterprises().get(0).id().value();
      assertFalse(String.join("\n", lines).contains(firstId), "no body in the log");
      assertFalse(String.join("\n", lines).contains("year=2024"), "no query in the log");
    }
  }
}
