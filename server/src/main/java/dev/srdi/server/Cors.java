package dev.srdi.server;

import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Cross-origin access for browsers: off unless origins are configured, and then only for those
 * origins exactly (no wildcard, no credentials).
 */
final class Cors {
  private final List<String> origins;

  Cors(List<String> origins) {
    this.origins = List.copyOf(origins);
  }

  /** Adds the allow header when the request comes from a configured origin. */
  void allow(Request request, Response response) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && origins.contains(origin)) {
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      response.getHeaders().put(HttpHeader.VARY, "Origin");
    }
  }

  /** Answers a preflight from a configured origin; any other OPTIONS request is left to the routes (405). */
  boolean preflight(Request request, Response response) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null || !origins.contains(origin)
        || request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) == null) {
      return false;
    }
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST");
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
    return true;
  }
}
