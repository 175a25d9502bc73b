package dev.srdi.cli.command;

import com.google.inject.Inject;
import com.google.inject.Provider;
import dev.srdi.api.Srdi;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.UsageException;
import dev.srdi.server.ServerConfig;
import dev.srdi.server.SrdiServer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srdi serve}: the same documents over HTTP (srdi-server), until interrupted (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the contract over HTTP: the same JSON as --format json, for portals that do not run Java.",
        "Endpoints and schemas: GET /openapi.json. Errors are RFC 9457 application/problem+json.",
        "One line per request on stderr (method, path, status, time, enterprises). Ctrl-C stops after the",
        "requests in flight.",
        "Example: srdi serve --port 8080, then curl http://127.0.0.1:8080/v1/jurisdictions"})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Let browsers call from this origin, e.g. https://portal.example.gov.cn (repeatable; off by default).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--workers", paramLabel = "N", description = "Evaluating threads (default: one per core).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "Requests that may wait for a worker; beyond them, 503 at once (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "16777216",
      description = "The largest request body, in bytes; a larger one is answered 413 (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Seconds a request may wait and run before it is answered 503 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  private final Provider<Srdi> srdi;

  @Inject
  ServeCommand(Provider<Srdi> srdi) {
    this.srdi = srdi;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig defaults = ServerConfig.defaults();
    ServerConfig config;
    try {
      config = defaults.withHost(host).withPort(port).withCorsOrigins(corsOrigins)
          .withWorkers(workers == null ? defaults.workers() : workers, queue).withMaxBodyBytes(maxBody)
          .withTimes(Duration.ofSeconds(timeoutSeconds), defaults.shutdownGrace())
          .withRequestLog(line -> {
            err.println(line);
            err.flush();
          });
    } catch (IllegalArgumentException e) {
      throw new UsageException(List.of("serve: " + e.getMessage()));
    }
    SrdiServer server;
    try {
      server = SrdiServer.start(srdi.get(), config);
    } catch (IllegalStateException e) {
      err.println("srdi: " + e.getMessage());
      return ExitCode.FAILED;
    }
    Thread stopper = new Thread(server::stop, "srdi-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    err.println("srdi: serving on " + server.uri() + " (GET " + server.uri() + "/openapi.json); Ctrl-C stops");
    err.flush();
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook is stopping the server.
      }
    }
    return ExitCode.OK;
  }
}
