package dev.srdi.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load: so many clients, each sending so many evaluations of the example scenarios (the
 * cities in turn), every answer compared with the one given when the same request was sent alone.
 * Used by the load test (which checks the answers) and by {@link LoadDriver} (which reports timings).
 */
final class Load {
  /** What the run saw: each request's latency, the errors (status not 200, or a different body). */
  record Outcome(int requests, int errors, long elapsedNanos, long[] latencyNanos, Map<String, Integer> firstErrors) {
    double perSecond() {
      return requests * 1e9 / elapsedNanos;
    }

    double percentileMillis(double p) {
      long[] sorted = latencyNanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }

  private final URI base;
  private final List<String> cities;
  private final Map<String, String> scenarios;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(2, daemon())).build();

  Load(URI base, List<String> cities, Map<String, String> scenarios) {
    this.base = base;
    this.cities = cities;
    this.scenarios = scenarios;
  }

  /** Each city's evaluation, requested alone: what every concurrent answer must equal. */
  Map<String, String> sequential() throws IOException, InterruptedException {
    var answers = new java.util.LinkedHashMap<String, String>();
    for (String city : cities) {
      HttpResponse<String> r = send(city);
      if (r.statusCode() != 200) {
        throw new IllegalStateException(city + ": " + r.statusCode() + " " + r.body());
      }
      answers.put(city, r.body());
    }
    return answers;
  }

  Outcome run(int clients, int perClient, Map<String, String> expected) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients, daemon());
    long[] latencies = new long[clients * perClient];
    var errors = new AtomicInteger();
    var firstErrors = new java.util.concurrent.ConcurrentHashMap<String, Integer>();
    long start = System.nanoTime();
    var futures = new ArrayList<Future<?>>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perClient; i++) {
          String city = cities.get((client + i) % cities.size());
          long sent = System.nanoTime();
          String error;
          try {
            HttpResponse<String> r = send(city);
            error = r.statusCode() != 200 ? "status " + r.statusCode()
                : r.body().equals(expected.get(city)) ? null : "a different answer for " + city;
          } catch (IOException e) {
            error = e.getClass().getSimpleName();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          latencies[client * perClient + i] = System.nanoTime() - sent;
          if (error != null) {
            errors.incrementAndGet();
            firstErrors.merge(error, 1, Integer::sum);
          }
        }
      }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new IllegalStateException("the load did not finish in 5 minutes");
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return new Outcome(clients * perClient, errors.get(), System.nanoTime() - start, latencies, Map.copyOf(firstErrors));
  }

  private HttpResponse<String> send(String city) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(base.resolve("/v1/jurisdictions/" + city + "/evaluate"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(scenarios.get(city), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return task -> {
      Thread t = new Thread(task);
      t.setDaemon(true);
      return t;
    };
  }
}
