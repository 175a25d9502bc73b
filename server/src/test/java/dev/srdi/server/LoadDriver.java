package dev.srdi.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load benchmark behind the figures in server/README.md, run by hand (never by the build):
 * {@code LoadDriver [URL] [CLIENTS] [EACH] [WARM-UP EACH]} sends CLIENTS × EACH evaluations of the
 * example scenarios to a running {@code srdi serve} at URL (default {@code http://127.0.0.1:8080}),
 * after a warm-up, and prints requests per second and latency percentiles. Run from the repository
 * root (it reads {@code seeds/examples}).
 */
public final class LoadDriver {
  private LoadDriver() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int each = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    List<String> cities = List.of("guilin", "xiangxiang", "zhanjiang");
    Map<String, String> scenarios = new LinkedHashMap<>();
    for (String city : cities) {
      scenarios.put(city, Files.readString(Path.of("seeds", "examples", city + ".json")));
    }
    var load = new Load(base, cities, scenarios);
    Map<String, String> expected = load.sequential();
    load.run(clients, warmUp, expected);
    Load.Outcome o = load.run(clients, each, expected);
    System.out.printf("%d clients x %d evaluations: %d requests, %d errors, %.1f s%n", clients, each, o.requests(),
        o.errors(), o.elapsedNanos() / 1e9);
    System.out.printf("throughput %.0f requests/s; latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", o.perSecond(),
        o.percentileMillis(50), o.percentileMillis(90), o.percentileMillis(99), o.percentileMillis(100));
    if (!o.firstErrors().isEmpty()) {
      System.out.println("errors: " + o.firstErrors());
    }
  }
}
