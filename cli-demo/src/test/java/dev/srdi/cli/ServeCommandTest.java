package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.cli.main.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code srdi serve}: listens on the loopback interface, answers the endpoints, logs each request, stops when interrupted. */
final class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+) ");

  @Test
  void serve_answers_the_endpoints_logs_each_request_and_stops_when_interrupted() throws Exception {
    var err = new StringWriter();
    var out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    var exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(cli.execute("serve", "--port", "0")));
    serving.start();
    URI base = awaitServing(err);
    HttpClient client = HttpClient.newHttpClient();
    var health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    String scenario = Files.readString(Path.of("..", "seeds", "examples", "guilin.json"));
    var evaluate = client.send(HttpRequest.newBuilder(base.resolve("/v1/jurisdictions/guilin/evaluate"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(scenario)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, evaluate.statusCode());
    assertEquals(Files.readString(Path.of("..", "seeds", "examples", "guilin.evaluate.json")), evaluate.body());
    serving.interrupt();
    serving.join(15_000);
    assertEquals(0, exit.get(), err.toString());
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("GET /health 200 "), err.toString());
    assertTrue(err.toString().contains("POST /v1/jurisdictions/guilin/evaluate 200 "), err.toString());
  }

  @Test
  void a_bad_option_is_a_usage_error() {
    var r = Cli.run("serve", "--port", "70000");
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
  }

  private static URI awaitServing(StringWriter err) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      Matcher m = SERVING.matcher(err.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("srdi serve did not start: " + err);
  }
}
