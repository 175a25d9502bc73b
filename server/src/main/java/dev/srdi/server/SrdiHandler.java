package dev.srdi.server;

import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.spi.Jurisdiction;
import io.vavr.control.Either;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request: what can be refused cheaply (no such endpoint, wrong method, bad query, unknown
 * jurisdiction, wrong content type, declared body over the limit) is answered on Jetty's thread; the
 * rest is handed to the bounded worker pool, and a full queue is answered 503 at once. A request
 * not answered by its deadline (counted from its arrival, so time spent queued counts) is answered
 * 503 by the timer, and whichever of the worker and the timer comes second writes nothing.
 */
final class SrdiHandler extends Handler.Abstract {
  private static final String JSON = "application/json";

  private final Endpoints endpoints;
  private final ServerConfig config;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Cors cors;

  SrdiHandler(Endpoints endpoints, ServerConfig config, ExecutorService workers, ScheduledExecutorService timer) {
    this.endpoints = endpoints;
    this.config = config;
    this.workers = workers;
    this.timer = timer;
    this.cors = new Cors(config.corsOrigins());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    var exchange = new Exchange(request, response, callback, System.nanoTime());
    cors.allow(request, response);
    if (request.getMethod().equals("OPTIONS") && cors.preflight(request, response)) {
      exchange.empty(204);
      return true;
    }
    Optional<Route> route = Route.match(exchange.path);
    if (route.isEmpty()) {
      exchange.fail(HttpProblem.notFound(exchange.path));
      return true;
    }
    Endpoint endpoint = route.get().endpoint();
    if (!endpoint.method().equals(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, endpoint.method());
      exchange.fail(HttpProblem.methodNotAllowed(request.getMethod(), endpoint.method()));
      return true;
    }
    Either<HttpProblem, Query> query = Query.parse(request.getHttpURI().getQuery(), endpoint.parameters());
    Either<HttpProblem, Optional<Jurisdiction>> jurisdiction = query.flatMap(q -> endpoints.jurisdiction(route.get()));
    Either<HttpProblem, MediaType> type = jurisdiction.flatMap(j -> bodyType(request, endpoint));
    if (type.isLeft()) {
      exchange.fail(type.getLeft());
      return true;
    }
    submit(exchange, route.get(), query.get(), type.get());
    return true;
  }

  private Either<HttpProblem, MediaType> bodyType(Request request, Endpoint endpoint) {
    if (!endpoint.readsBody()) {
      return Either.right(MediaType.JSON);
    }
    String given = Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("");
    Optional<MediaType> type = MediaType.of(given);
    if (type.isEmpty()) {
      return Either.left(HttpProblem.unsupportedType(given, MediaType.ACCEPTED));
    }
    return request.getLength() > config.maxBodyBytes()
        ? Either.left(HttpProblem.tooLarge(config.maxBodyBytes()))
        : Either.right(type.get());
  }

  private void submit(Exchange exchange, Route route, Query query, MediaType type) {
    Deadline deadline = Deadline.after(config.requestTimeout());
    AtomicReference<Future<?>> running = new AtomicReference<>();
    try {
      running.set(workers.submit(() -> work(exchange, route, query, type, deadline)));
    } catch (RejectedExecutionException e) {
      exchange.fail(HttpProblem.overloaded());
      return;
    }
    long millis = config.requestTimeout().toMillis();
    var timeout = timer.schedule(() -> {
      if (exchange.claim()) {
        running.get().cancel(true);
        exchange.send(HttpProblem.timedOut(millis));
      }
    }, millis, TimeUnit.MILLISECONDS);
    exchange.onDone(() -> timeout.cancel(false));
  }

  private void work(Exchange exchange, Route route, Query query, MediaType type, Deadline deadline) {
    if (exchange.answered()) {
      return;
    }
    try {
      Answer answer = endpoints.answer(route, query,
          () -> new Body(type, new DeadlineInput(exchange.request, deadline), config.maxBodyBytes()));
      if (!exchange.claim()) {
        return;
      }
      if (answer instanceof Answer.Document d) {
        exchange.document(d.body(), d.enterprises());
      } else if (answer instanceof Answer.Failed f) {
        exchange.send(f.problem());
      } else if (answer instanceof Answer.Lines l) {
        exchange.lines(l.writer(), deadline);
      }
    } catch (RuntimeException e) {
      if (exchange.claim()) {
        exchange.send(HttpProblem.internal());
      }
    }
  }

  /** One request and its answer: claimed once, by the worker or the timer; logged once when written. */
  private final class Exchange {
    final Request request;
    final Response response;
    final Callback callback;
    final long started;
    final String path;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private volatile Runnable onDone = () -> { };

    Exchange(Request request, Response response, Callback callback, long started) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.started = started;
      this.path = Request.getPathInContext(request);
    }

    boolean claim() {
      return claimed.compareAndSet(false, true);
    }

    boolean answered() {
      return claimed.get();
    }

    void onDone(Runnable action) {
      this.onDone = action;
    }

    void fail(HttpProblem problem) {
      claim();
      send(problem);
    }

    void send(HttpProblem problem) {
      if (problem.status() == 413) {
        // The rest of the body is never read, so Jetty closes the connection after this answer; saying so keeps a
        // client from sending its next request on a connection that is about to close.
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      }
      write(problem.status(), HttpProblem.MEDIA_TYPE, problem.toJson(path), 0);
    }

    void document(String body, int enterprises) {
      write(200, JSON, body, enterprises);
    }

    void empty(int status) {
      claim();
      response.setStatus(status);
      log(status, 0);
      callback.succeeded();
    }

    private void write(int status, String type, String body, int enterprises) {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + ";charset=utf-8");
      log(status, enterprises);
      onDone.run();
      Content.Sink.write(response, true, body, callback);
    }

    void lines(Answer.LineWriter writer, Deadline deadline) {
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaType.JSON_LINES.mediaType() + ";charset=utf-8");
      onDone.run();
      OutputStream out = new BufferedOutputStream(Content.Sink.asOutputStream(response), 16 * 1024);
      try {
        int enterprises = writer.write(out, deadline);
        out.close();
        log(200, enterprises);
        callback.succeeded();
      } catch (Body.TooLarge e) {
        abortOr(HttpProblem.tooLarge(config.maxBodyBytes()), e);
      } catch (EvaluationLines.BodyTimedOut e) {
        endLines(out, e);
      } catch (Deadline.Passed e) {
        abortOr(HttpProblem.timedOut(e.millis), e);
      } catch (java.io.IOException | RuntimeException e) {
        // A body that stopped arriving fails the read once the connection's idle time (the request timeout) is up.
        abortOr(deadline.passed() ? HttpProblem.timedOut(config.requestTimeout().toMillis()) : HttpProblem.internal(), e);
      }
    }

    /**
     * A body that stalled (or a request past its deadline) while its lines were read: before the first
     * line went out, the answer is a 503 problem; after it, the 200 answer ends with one more error
     * line, for the line where reading stopped, so that a client reads why the answer is short.
     */
    private void endLines(OutputStream out, EvaluationLines.BodyTimedOut stopped) {
      if (!response.isCommitted()) {
        abortOr(HttpProblem.timedOut(stopped.millis), stopped);
        return;
      }
      String last = Json.compact(EvaluationJson.lineError(Optional.empty(), stopped.line, "the request body timed out: "
          + "not read within " + stopped.millis + " ms; this line and any after it were not evaluated")) + "\n";
      try {
        out.write(last.getBytes(StandardCharsets.UTF_8));
        out.close();
        log(200, 0);
        callback.succeeded();
      } catch (java.io.IOException | RuntimeException e) {
        log(response.getStatus(), 0);
        callback.failed(e);
      }
    }

    /** Before the first line went out, the problem is still a proper answer; after it, only closing the connection says it. */
    private void abortOr(HttpProblem problem, Throwable cause) {
      if (!response.isCommitted()) {
        response.reset();
        send(problem);
      } else {
        log(response.getStatus(), 0);
        callback.failed(cause);
      }
    }

    private void log(int status, int enterprises) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      config.requestLog().log(request.getMethod() + " " + path + " " + status + " " + millis + "ms enterprises="
          + enterprises);
    }
  }
}
