package dev.srdi.server;

import dev.srdi.api.Srdi;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The srdi contract over HTTP, in a portal's own process or behind {@code srdi serve}:
 * <pre>{@code
 * SrdiServer server = SrdiServer.start(Srdi.load(), ServerConfig.defaults().withPort(8080));
 * ...
 * server.stop(); // finishes the requests in flight, then stops
 * }</pre>
 * Endpoints (see {@code GET /openapi.json}): {@code GET /health}, {@code GET /v1/jurisdictions},
 * {@code GET /v1/jurisdictions/{id}/measures}, {@code GET /v1/jurisdictions/{id}/duties?month=},
 * {@code POST /v1/jurisdictions/{id}/evaluate}, {@code .../whatif}, {@code .../targets},
 * {@code POST /v1/whatif} (every city at once), {@code POST /v1/compare}, {@code POST /v1/validate}. No endpoint
 * reads a file or names a class.
 */
public final class SrdiServer implements AutoCloseable {
  /** How long after a request's deadline an idle connection is closed, if its worker has not ended it. */
  private static final long IDLE_MARGIN_MILLIS = 5_000;

  private final Server jetty;
  private final ServerConnector connector;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final ServerConfig config;
  private final GracefulHandler graceful;

  private SrdiServer(Server jetty, ServerConnector connector, ExecutorService workers, ScheduledExecutorService timer,
      ServerConfig config, GracefulHandler graceful) {
    this.graceful = graceful;
    this.jetty = jetty;
    this.connector = connector;
    this.workers = workers;
    this.timer = timer;
    this.config = config;
  }

  /**
   * Starts listening.
   *
   * @param srdi the facade, loaded once and shared by every request
   * @param config where to listen and what to bear
   * @return the running server
   * @throws IllegalStateException when the address cannot be bound (e.g. the port is taken)
   */
  public static SrdiServer start(Srdi srdi, ServerConfig config) {
    Objects.requireNonNull(srdi, "srdi");
    Objects.requireNonNull(config, "config");
    BlockingQueue<Runnable> queue = config.queue() == 0 ? new SynchronousQueue<>()
        : new ArrayBlockingQueue<>(config.queue());
    var workers = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.MILLISECONDS, queue,
        daemons("srdi-worker-"), new ThreadPoolExecutor.AbortPolicy());
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("srdi-timeout-"));

    // Jetty's threads only accept, route and write: a few suffice, the evaluating is the workers'.
    var threads = new QueuedThreadPool(16, 4);
    threads.setName("srdi-http");
    threads.setDaemon(true);
    var jetty = new Server(threads);
    var http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    var connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    // A client that sends nothing for as long as a request may take is dropped: it must not hold a worker longer.
    // The worker notices first (DeadlineInput waits for the body only until the deadline), so that a streaming
    // answer can still end with a line saying why; the connection's idle timeout, a little later, is the backstop.
    connector.setIdleTimeout(config.requestTimeout().toMillis() + IDLE_MARGIN_MILLIS);
    jetty.addConnector(connector);
    var handler = new SrdiHandler(new Endpoints(srdi, OpenApiDocument.json()), config, workers, timer);
    var graceful = new GracefulHandler(handler);
    jetty.setHandler(graceful);
    jetty.setErrorHandler(SrdiServer::jettyError);
    jetty.setStopTimeout(config.shutdownGrace().toMillis());
    jetty.setStopAtShutdown(false);
    try {
      jetty.start();
    } catch (Exception e) {
      workers.shutdownNow();
      timer.shutdownNow();
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    return new SrdiServer(jetty, connector, workers, timer, config, graceful);
  }

  /**
   * The port listened on: the configured one, or the one picked for port 0.
   *
   * @return the local port
   */
  public int port() {
    return connector.getLocalPort();
  }

  /** The requests accepted and not yet answered (running or queued), for tests that must wait for one. */
  long requestsInFlight() {
    return graceful.getCurrentRequestCount();
  }

  /**
   * The server's base address, e.g. {@code http://127.0.0.1:8080}.
   *
   * @return the URI
   */
  public URI uri() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port());
  }

  /**
   * The address listened on.
   *
   * @return host and port
   */
  public InetSocketAddress address() {
    return new InetSocketAddress(config.host(), port());
  }

  /**
   * Stops gracefully: no new connection is accepted, new requests on open ones are answered 503, and
   * the requests in flight are finished (up to the configured grace), then everything stops.
   */
  public void stop() {
    try {
      jetty.stop();
    } catch (Exception e) {
      // Stopping is best effort: what could not stop in the grace period is abandoned with the workers below.
    } finally {
      workers.shutdown();
      timer.shutdownNow();
      try {
        if (!workers.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
          workers.shutdownNow();
        }
      } catch (InterruptedException e) {
        workers.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits until the server has stopped (for a command that serves until it is interrupted).
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /** The same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Jetty's own errors (a malformed request line, headers too large): a problem document too, never a page or a trace. */
  private static boolean jettyError(Request request, org.eclipse.jetty.server.Response response,
      org.eclipse.jetty.util.Callback callback) {
    int status = response.getStatus();
    var problem = new HttpProblem(status, "http-" + status, HttpStatus.getMessage(status),
        "the request could not be read as HTTP (" + HttpStatus.getMessage(status) + ")", doc -> { });
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, HttpProblem.MEDIA_TYPE + ";charset=utf-8");
    Content.Sink.write(response, true, problem.toJson(Request.getPathInContext(request)), callback);
    return true;
  }

  private static ThreadFactory daemons(String prefix) {
    var count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
