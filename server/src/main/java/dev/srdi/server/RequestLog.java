package dev.srdi.server;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the server writes its one line per request (method, path, status, time, enterprises; never
 * the body nor the query, which may carry a portal's figures). A plain sink rather than a logging
 * framework: a portal passes its own logger's method, the command prints to stderr, tests collect.
 */
@FunctionalInterface
public interface RequestLog {
  /**
   * Records one finished request.
   *
   * @param line e.g. {@code POST /v1/jurisdictions/guilin/evaluate 200 12ms enterprises=5}
   */
  void log(String line);

  /**
   * Records nothing.
   *
   * @return the sink
   */
  static RequestLog none() {
    return line -> { };
  }

  /**
   * Prints each line on the stream, e.g. {@code System.err}.
   *
   * @param out the stream
   * @return the sink
   */
  static RequestLog printingTo(PrintStream out) {
    Objects.requireNonNull(out, "out");
    return out::println;
  }
}
