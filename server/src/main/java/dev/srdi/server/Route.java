package dev.srdi.server;

import java.util.Optional;

/**
 * A request path matched to its endpoint, with the jurisdiction id it names. Matching is on the
 * path alone (the method is checked after, so that a wrong method is 405, not 404).
 *
 * @param endpoint the endpoint
 * @param jurisdiction the {@code {id}} segment, for the per-jurisdiction endpoints
 */
record Route(Endpoint endpoint, Optional<String> jurisdiction) {
  private static final String JURISDICTIONS = "/v1/jurisdictions";

  static Optional<Route> match(String path) {
    switch (path) {
      case "/health":
        return Optional.of(new Route(Endpoint.HEALTH, Optional.empty()));
      case "/openapi.json":
        return Optional.of(new Route(Endpoint.OPENAPI, Optional.empty()));
      case JURISDICTIONS:
        return Optional.of(new Route(Endpoint.JURISDICTIONS, Optional.empty()));
      case "/v1/compare":
        return Optional.of(new Route(Endpoint.COMPARE, Optional.empty()));
      case "/v1/whatif":
        return Optional.of(new Route(Endpoint.PORTFOLIO_WHATIF, Optional.empty()));
      case "/v1/validate":
        return Optional.of(new Route(Endpoint.VALIDATE, Optional.empty()));
      default:
        break;
    }
    if (!path.startsWith(JURISDICTIONS + "/")) {
      return Optional.empty();
    }
    String[] rest = path.substring(JURISDICTIONS.length() + 1).split("/", -1);
    if (rest.length != 2 || rest[0].isEmpty()) {
      return Optional.empty();
    }
    Optional<Endpoint> endpoint = switch (rest[1]) {
      case "evaluate" -> Optional.of(Endpoint.EVALUATE);
      case "whatif" -> Optional.of(Endpoint.WHATIF);
      case "targets" -> Optional.of(Endpoint.TARGETS);
      case "measures" -> Optional.of(Endpoint.MEASURES);
      case "duties" -> Optional.of(Endpoint.DUTIES);
      default -> Optional.empty();
    };
    return endpoint.map(e -> new Route(e, Optional.of(rest[0])));
  }
}
