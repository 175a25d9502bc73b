package dev.srdi.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens and what it bears. The defaults are safe for a machine a portal shares:
 * loopback only, a body limit, a worker per core with a short queue, a per-request timeout, no CORS.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless a deployment says otherwise
 * @param port the port; {@code 0} picks a free one (see {@link SrdiServer#port()})
 * @param maxBodyBytes the largest request body; a larger one is answered 413
 * @param workers the threads that evaluate (CPU-bound work: about one per core)
 * @param queue how many accepted requests may wait for a worker; beyond it, 503 at once
 * @param requestTimeout how long a request may wait and run before it is answered 503
 * @param shutdownGrace how long {@link SrdiServer#stop()} waits for requests in flight
 * @param corsOrigins the origins a browser may call from ({@code Access-Control-Allow-Origin}); empty: CORS off
 * @param requestLog where the one line per request goes
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int workers, int queue, Duration requestTimeout,
    Duration shutdownGrace, List<String> corsOrigins, RequestLog requestLog) {

  /** The address the server binds unless told otherwise: the loopback interface only. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The port of {@code srdi serve} unless told otherwise. */
  public static final int DEFAULT_PORT = 8080;
  /** 16 MiB: a few thousand enterprises as JSON Lines; a larger portfolio is a batch job for the command. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  /** Waiting requests beyond the workers; small, so that overload is answered at once rather than late. */
  public static final int DEFAULT_QUEUE = 64;

  /**
   * Checks the values.
   *
   * @param host the address to bind
   * @param port the port, 0 to 65535
   * @param maxBodyBytes at least 1
   * @param workers at least 1
   * @param queue at least 0
   * @param requestTimeout positive
   * @param shutdownGrace not negative
   * @param corsOrigins the allowed origins, possibly none
   * @param requestLog the sink
   */
  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    Objects.requireNonNull(requestLog, "requestLog");
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    if (maxBodyBytes < 1 || workers < 1 || queue < 0) {
      throw new IllegalArgumentException("body limit and workers must be positive, the queue not negative");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero() || shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("the timeout must be positive and the grace not negative");
    }
  }

  /**
   * The defaults: {@code 127.0.0.1:8080}, 16 MiB bodies, one worker per core, a queue of 64, 30 s per
   * request, 10 s to finish in-flight requests on stop, CORS off, no request log.
   *
   * @return the configuration
   */
  public static ServerConfig defaults() {
    return new ServerConfig(LOOPBACK, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
        Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_QUEUE, Duration.ofSeconds(30),
        Duration.ofSeconds(10), List.of(), RequestLog.none());
  }

  /**
   * The same, bound to another address.
   *
   * @param host e.g. {@code 0.0.0.0} to listen on every interface
   * @return the changed configuration
   */
  public ServerConfig withHost(String host) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }

  /**
   * The same, on another port.
   *
   * @param port the port, 0 for any free one
   * @return the changed configuration
   */
  public ServerConfig withPort(int port) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }

  /**
   * The same, with another body limit.
   *
   * @param maxBodyBytes the largest body, in bytes
   * @return the changed configuration
   */
  public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }

  /**
   * The same, with another worker pool.
   *
   * @param workers the evaluating threads
   * @param queue the requests that may wait for one
   * @return the changed configuration
   */
  public ServerConfig withWorkers(int workers, int queue) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }

  /**
   * The same, with other time limits.
   *
   * @param requestTimeout per request, from its arrival
   * @param shutdownGrace for requests in flight when stopping
   * @return the changed configuration
   */
  public ServerConfig withTimes(Duration requestTimeout, Duration shutdownGrace) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }

  /**
   * The same, answering browsers from these origins.
   *
   * @param corsOrigins e.g. {@code https://portal.example.gov.cn}
   * @return the changed configuration
   */
  public ServerConfig withCorsOrigins(List<String> corsOrigins) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }

  /**
   * The same, logging each request to the sink.
   *
   * @param requestLog the sink
   * @return the changed configuration
   */
  public ServerConfig withRequestLog(RequestLog requestLog) {
    return new ServerConfig(host, port, maxBodyBytes, workers, queue, requestTimeout, shutdownGrace, corsOrigins,
        requestLog);
  }
}
