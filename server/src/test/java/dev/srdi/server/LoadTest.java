package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on the default configuration: 8 concurrent clients × 500 evaluations of the example
 * scenarios, which stops by itself; no error, and every answer byte for byte the one given to the
 * same request sent alone (which is the golden output). Timings are the benchmark's ({@link LoadDriver}), not asserted here.
 */
final class LoadTest {
  private static final int CLIENTS = 8;
  private static final int EACH = 500;

  @Test
  void eight_clients_times_500_evaluations_give_no_error_and_the_sequential_answers() throws Exception {
    try (Served served = Served.start()) {
      Map<String, String> scenarios = new LinkedHashMap<>();
      Served.CITIES.forEach(city -> scenarios.put(city, Served.example(city + ".json")));
      var load = new Load(served.server.uri(), Served.CITIES, scenarios);
      Map<String, String> sequential = load.sequential();
      Served.CITIES.forEach(city -> assertEquals(Served.example(city + ".evaluate.json"), sequential.get(city), city));
      Load.Outcome outcome = load.run(CLIENTS, EACH, sequential);
      assertEquals(CLIENTS * EACH, outcome.requests());
      assertEquals(Map.of(), outcome.firstErrors());
      assertEquals(0, outcome.errors());
      assertEquals(CLIENTS * EACH + Served.CITIES.size(), served.log.size(), "one log line per request");
    }
  }
}
