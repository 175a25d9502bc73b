package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.api.Srdi;
import dev.srdi.server.ServerConfig;
import dev.srdi.server.SrdiServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The same bytes over HTTP as on the command's stdout, for the same input: every endpoint against
 * the command it stands for, on the example scenarios (and the JSON Lines portfolio, streamed).
 */
final class ServeParityTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");
  private static SrdiServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = SrdiServer.start(Srdi.load(), ServerConfig.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @TestFactory
  Stream<DynamicTest> every_endpoint_answers_what_the_command_prints() {
    var tests = new ArrayList<DynamicTest>();
    tests.add(same("jurisdictions", get("/v1/jurisdictions"), "jurisdictions", "-f", "json"));
    Path guilin = EXAMPLES.resolve("guilin.json");
    tests.add(same("guilin whatif", post("/v1/jurisdictions/guilin/whatif?allEnterprises=true"
        + "&set=guilin.growth-award.cap%3D80%E4%B8%87", "application/json", read(guilin)),
        "whatif", "-j", "guilin", "-s", guilin.toString(), "--all-enterprises", "--set", "guilin.growth-award.cap=80万",
        "-f", "json"));
    tests.addAll(whatIfWithReforms(guilin));
    for (String city : List.of("guilin", "xiangxiang", "zhanjiang")) {
      Path file = EXAMPLES.resolve(city + ".json");
      String s = file.toString();
      String body = read(file);
      tests.add(same(city + " evaluate", post("/v1/jurisdictions/" + city + "/evaluate?year=2025", "application/json", body),
          "evaluate", "-j", city, "-s", s, "--year", "2025", "-f", "json"));
      tests.add(same(city + " targets", post("/v1/jurisdictions/" + city + "/targets?year=2025&asOf=2025-06-30",
          "application/json", body), "targets", "-j", city, "-s", s, "--year", "2025", "--as-of", "2025-06-30", "-f", "json"));
      tests.add(same(city + " compare", post("/v1/compare?year=2024", "application/json", body),
          "compare", "-s", s, "--year", "2024", "-f", "json"));
      tests.add(same(city + " validate", post("/v1/validate", "application/json", body), "validate", "-s", s, "-f", "json"));
      tests.add(same(city + " measures", get("/v1/jurisdictions/" + city + "/measures"), "measures", "-j", city, "-f", "json"));
      tests.add(same(city + " duties", get("/v1/jurisdictions/" + city + "/duties?month=2025-06"),
          "duties", "-j", city, "--month", "2025-06", "-f", "json"));
      Path lines = EXAMPLES.resolve("portfolio.jsonl");
      tests.add(same(city + " evaluate JSON Lines", post("/v1/jurisdictions/" + city + "/evaluate?asOf=2025-12-31",
          "application/x-ndjson", read(lines)), "evaluate", "-j", city, "-s", lines.toString(), "--as-of", "2025-12-31",
          "-f", "json"));
    }
    return tests.stream();
  }

  /**
   * A what-if request (the scenario and its reforms in one body) against {@code srdi whatif --reform} with
   * the same files: one city, and every city at once with the example reforms (YAML sent as JSON), and
   * the JSON Lines portfolio with its changes as query parameters.
   */
  private static List<DynamicTest> whatIfWithReforms(Path guilin) {
    var tests = new ArrayList<DynamicTest>();
    Path rate = write("rate.json", "{\"schema\": \"srdi-reform/1\", \"parameters\": {\"guilin.growth-award.rate\":"
        + " {\"value\": \"5‰\", \"from\": \"2024-01-01\"}}}\n");
    Path cap = write("cap.json", "{\n  \"schema\": \"srdi-reform/1\",\n  \"parameters\": {\"guilin.growth-award.cap\": \"80万\"}\n}\n");
    tests.add(same("guilin whatif with two reforms", post("/v1/jurisdictions/guilin/whatif?allEnterprises=true",
        "application/json", request(read(guilin), read(rate), read(cap))),
        "whatif", "-j", "guilin", "-s", guilin.toString(), "--all-enterprises", "--reform", rate.toString(),
        "--reform", cap.toString(), "-f", "json"));
    Path yaml = EXAMPLES.resolve("reforms").resolve("guilin-growth-5permille.yaml");
    Path json = EXAMPLES.resolve("reforms").resolve("zhanjiang-award-doubled.json");
    for (String city : List.of("guilin", "zhanjiang")) {
      Path file = EXAMPLES.resolve(city + ".json");
      tests.add(same(city + " whatif every city at once", post("/v1/whatif", "application/json",
          request(read(file), asJson(yaml), read(json))),
          "whatif", "-s", file.toString(), "--reform", yaml.toString(), "--reform", json.toString(), "-f", "json"));
    }
    Path lines = EXAMPLES.resolve("portfolio.jsonl");
    tests.add(same("portfolio whatif JSON Lines", post("/v1/whatif?asOf=2025-12-31&set=guilin.growth-award.rate%3D5%E2%80%B0"
        + "&interpretation=zhanjiang.highest-only%3Dfirst-final", "application/x-ndjson", read(lines)),
        "whatif", "-s", lines.toString(), "--as-of", "2025-12-31", "--set", "guilin.growth-award.rate=5‰",
        "--interpretation", "zhanjiang.highest-only=first-final", "-f", "json"));
    return tests;
  }

  private static String request(String scenario, String... reforms) {
    return "{\"schema\": \"srdi-whatif-request/1\",\n\"scenario\": " + scenario + ",\n\"reforms\": ["
        + String.join(",\n", reforms) + "]}";
  }

  private static String asJson(Path yaml) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
          new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(read(yaml)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path write(String name, String text) {
    try {
      Path dir = Files.createTempDirectory("srdi-serve-parity");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static DynamicTest same(String name, HttpResponse<String> http, String... args) {
    return DynamicTest.dynamicTest(name, () -> {
      Cli.Run cli = Cli.run(args);
      assertEquals(cli.exit() == 0 ? 200 : 400, http.statusCode(), http.body() + "\n" + cli.err());
      assertEquals(cli.out(), http.body());
    });
  }

  private static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.uri() + path)).GET());
  }

  private static HttpResponse<String> post(String path, String type, String body) {
    return send(HttpRequest.newBuilder(URI.create(server.uri() + path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
