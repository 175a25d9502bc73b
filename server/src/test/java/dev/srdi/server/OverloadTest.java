package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overload, timeouts and shutdown: a full queue is answered 503 at once (not after the request timeout,
 * which the client would see as a hang), a request not answered in time is answered 503, and stopping
 * finishes the requests in flight.
 */
final class OverloadTest {
  private static final String SCENARIO = Served.example("guilin.json");

  @Test
  void a_full_queue_is_answered_503_at_once_and_the_server_recovers() {
    // One worker and one place in the queue; the request timeout far above the client's, so that a 503 cannot be a timeout.
    try (Served served = Served.start(ServerConfig.defaults().withWorkers(1, 1).withTimes(Duration.ofSeconds(60),
        Duration.ofSeconds(5)))) {
      var busy = new ArrayList<SlowClient>();
      busy.add(new SlowClient(served.server, "/v1/validate", SCENARIO));
      served.awaitInFlight(1);
      busy.add(new SlowClient(served.server, "/v1/validate", SCENARIO));
      served.awaitInFlight(2);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        var r = served.send(java.net.http.HttpRequest.newBuilder(served.uri("/v1/jurisdictions/guilin/evaluate"))
            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SCENARIO)));
        statuses.add(r.statusCode());
        assertTrue(r.body().contains("\"code\": \"overloaded\""), r.body());
      }
      assertEquals(List.of(503, 503, 503), statuses);
      for (SlowClient c : busy) {
        assertTrue(c.finish().startsWith("HTTP/1.1 200"), "the held requests are still answered");
        c.close();
      }
      assertEquals(200, served.postJson("/v1/jurisdictions/guilin/evaluate", SCENARIO).statusCode());
    }
  }

  @Test
  void a_request_not_answered_in_time_gets_503_timeout() {
    try (Served served = Served.start(ServerConfig.defaults().withWorkers(1, 4).withTimes(Duration.ofMillis(300),
        Duration.ofSeconds(5)))) {
      try (SlowClient slow = new SlowClient(served.server, "/v1/validate", SCENARIO)) {
        String answer = slow.answerWithoutBody();
        assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
        assertTrue(answer.contains("\"code\": \"timeout\""), answer);
      }
      assertEquals(200, served.get("/health").statusCode(), "the server still answers");
    }
  }

  @Test
  void stopping_finishes_the_requests_in_flight() throws Exception {
    Served served = Served.start(ServerConfig.defaults().withTimes(Duration.ofSeconds(30), Duration.ofSeconds(10)));
    SlowClient inFlight = new SlowClient(served.server, "/v1/jurisdictions/guilin/evaluate", SCENARIO);
    served.awaitInFlight(1);
    Thread stopping = new Thread(served::close);
    stopping.start();
    Thread.sleep(200);
    String answer = inFlight.finish();
    stopping.join(15_000);
    inFlight.close();
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    assertTrue(answer.endsWith(Served.example("guilin.evaluate.json")), answer);
  }
}
