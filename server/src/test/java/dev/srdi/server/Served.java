package dev.srdi.server;

import dev.srdi.api.Srdi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A server on a free loopback port, a real HTTP client, and the lines the server logged. */
final class Served implements AutoCloseable {
  /** The example scenarios and their golden outputs, from the module's directory. */
  static final Path EXAMPLES = Path.of("..", "seeds", "examples");
  static final List<String> CITIES = List.of("guilin", "xiangxiang", "zhanjiang");
  static final Srdi SRDI = Srdi.load();

  final SrdiServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();

  private Served(ServerConfig config) {
    this.server = SrdiServer.start(SRDI, config.withRequestLog(log::add));
  }

  /** The defaults, on any free port of the loopback interface. */
  static Served start() {
    return new Served(ServerConfig.defaults().withPort(0));
  }

  static Served start(ServerConfig config) {
    return new Served(config.withHost(ServerConfig.LOOPBACK).withPort(0));
  }

  URI uri(String pathAndQuery) {
    return URI.create(server.uri() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> postJson(String pathAndQuery, String body) {
    return post(pathAndQuery, "application/json", body);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the server holds this many requests (a held request has reached a worker or its queue). */
  void awaitInFlight(long requests) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.requestsInFlight() < requests) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the server holds " + server.requestsInFlight() + " requests, not " + requests);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String example(String name) {
    return read(EXAMPLES.resolve(name));
  }

  @Override
  public void close() {
    server.stop();
  }
}
