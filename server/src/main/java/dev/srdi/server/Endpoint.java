package dev.srdi.server;

import java.util.Set;

/**
 * The endpoints, each with its method, whether it reads a body, and the query parameters it takes
 * (those of the matching command's options).
 */
enum Endpoint {
  HEALTH("GET", false, Set.of()),
  OPENAPI("GET", false, Set.of()),
  JURISDICTIONS("GET", false, Set.of()),
  MEASURES("GET", false, Set.of()),
  DUTIES("GET", false, Set.of("month")),
  EVALUATE("POST", true, Set.of("asOf", "year", "allEnterprises")),
  WHATIF("POST", true, Set.of("asOf", "allEnterprises", "set", "interpretation")),
  /** Every city at once, each enterprise under the city it names: {@code srdi whatif} without {@code -j}. */
  PORTFOLIO_WHATIF("POST", true, Set.of("asOf", "set", "interpretation")),
  TARGETS("POST", true, Set.of("asOf", "year", "allEnterprises")),
  COMPARE("POST", true, Set.of("asOf", "year")),
  VALIDATE("POST", true, Set.of());

  private final String method;
  private final boolean readsBody;
  private final Set<String> parameters;

  Endpoint(String method, boolean readsBody, Set<String> parameters) {
    this.method = method;
    this.readsBody = readsBody;
    this.parameters = parameters;
  }

  String method() {
    return method;
  }

  boolean readsBody() {
    return readsBody;
  }

  Set<String> parameters() {
    return parameters;
  }
}
