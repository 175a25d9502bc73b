package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The command's corpus of hostile inputs ({@code cli-demo/src/test/resources/hostile}, read where it
 * is), each sent as the body of the endpoint its {@code .expect} names: a {@code validate} case (the
 * command's exit 2) must be answered 400 with a problem document one of whose errors says the line the
 * command prints, one the command accepts must be answered 200; a JSON Lines {@code evaluate -f json}
 * case must stream its lines with the counts of the command's summary. Each within a few seconds: a hang is the failure this guards.
 */
final class HostileInputsTest {
  private static final Path CORPUS = Path.of("..", "cli-demo", "src", "test", "resources", "hostile");
  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final Pattern SUMMARY = Pattern.compile("\"lines\":(\\d+),\"invalid\":(\\d+)");

  private static Served served;

  private record Case(String name, Path input, List<String> args, int exit, String stderr) {}

  @BeforeAll
  static void start() {
    served = Served.start();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @TestFactory
  Stream<DynamicTest> every_hostile_input_gets_its_problem_document_quickly() {
    List<Case> cases = cases();
    assertFalse(cases.isEmpty(), "the corpus is at " + CORPUS.toAbsolutePath());
    // A scenario the command refuses is refused by the what-if too, whose body is read first to tell a what-if
    // request from a scenario: that first reading must neither hang nor fail differently.
    // A case about a table or CSV (what a terminal or a spreadsheet shows) is the command's alone: the server answers JSON.
    return cases.stream().filter(c -> c.args().get(0).equals("validate") || String.join(" ", c.args()).contains("-f json"))
        .flatMap(c -> c.exit() == 2
            ? Stream.of(check(c, path(c), c.name()), check(c, "/v1/whatif", c.name() + " as a what-if"))
            : Stream.of(check(c, path(c), c.name())));
  }

  private static DynamicTest check(Case c, String path, String name) {
    return DynamicTest.dynamicTest(name, () -> {
      byte[] body = Files.readAllBytes(c.input());
      boolean lines = c.input().toString().endsWith(".jsonl");
      HttpResponse<String> r = assertTimeoutPreemptively(BOUND, () -> served.send(
          HttpRequest.newBuilder(served.uri(path)).header("Content-Type", lines ? "application/x-ndjson" : "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))), c.name());
      assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), c.name() + ": a stack trace\n" + r.body());
      if (c.exit() == 2) {
        assertEquals(400, r.statusCode(), c.name() + ": " + r.body());
        assertEquals(HttpProblem.MEDIA_TYPE + ";charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = Json.mapper().readTree(r.body());
        assertEquals("invalid-input", problem.get("code").asText(), r.body());
        assertEquals(400, problem.get("status").asInt());
        boolean said = false;
        for (JsonNode error : problem.get("errors")) {
          assertTrue(error.has("path") && error.has("message"), r.body());
          said |= visible(error.get("detail").asText()).contains(c.stderr());
        }
        assertTrue(said, c.name() + " should say\n  " + c.stderr() + "\nbut said\n" + r.body());
      } else if (c.args().get(0).equals("validate")) {
        assertEquals(200, r.statusCode(), c.name() + ": " + r.body());
      } else {
        assertEquals(200, r.statusCode(), c.name() + ": " + r.body());
        Matcher summary = SUMMARY.matcher(c.stderr());
        assertTrue(summary.find(), c.name() + ": the expectation names the summary's counts");
        List<String> out = r.body().lines().toList();
        assertEquals(Integer.parseInt(summary.group(1)), out.size(), r.body());
        assertEquals(Integer.parseInt(summary.group(2)), out.stream().filter(l -> l.contains("\"error\"")).count(),
            r.body());
      }
    });
  }

  /**
   * The text as the command shows it on a terminal (control and bidirectional characters as visible escapes,
   * as its VisibleText does): JSON keeps them as they are, escaped in JSON's own way, and the case gives
   * the command's words.
   */
  private static String visible(String text) {
    var b = new StringBuilder();
    for (char ch : text.toCharArray()) {
      boolean unsafe = ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
      b.append(!unsafe ? String.valueOf(ch) : ch <= 0xFF ? String.format("\\x%02X", (int) ch) : String.format("\\u%04X", (int) ch));
    }
    return b.toString();
  }

  /** The endpoint of the command the case names: {@code validate}, or {@code evaluate -j ID --as-of DAY}. */
  private static String path(Case c) {
    if (c.args().get(0).equals("validate")) {
      return "/v1/validate";
    }
    String id = c.args().get(c.args().indexOf("-j") + 1);
    String asOf = c.args().get(c.args().indexOf("--as-of") + 1);
    return "/v1/jurisdictions/" + id + "/evaluate?asOf=" + asOf;
  }

  private static List<Case> cases() {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".expect")).sorted().map(HostileInputsTest::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Case read(Path expect) {
    try {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          fields.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      String stem = expect.getFileName().toString().replaceFirst("\\.expect$", "");
      Path input = Files.exists(expect.resolveSibling(stem + ".jsonl"))
          ? expect.resolveSibling(stem + ".jsonl") : expect.resolveSibling(stem + ".json");
      return new Case(stem, input, List.of(fields.get("args").split(" ")), Integer.parseInt(fields.get("exit")),
          Objects.requireNonNull(fields.get("stderr"), stem + ": no stderr line"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
