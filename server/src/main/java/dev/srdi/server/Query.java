package dev.srdi.server;

import dev.srdi.api.json.InputLimits;
import dev.srdi.core.parameter.Overrides;
import io.vavr.control.Either;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, read as the command reads its options: the same names (camel case),
 * the same ranges, a parameter given twice where once is meant is refused, and so is a name the
 * endpoint does not take (a typo must not silently evaluate something else).
 */
final class Query {
  private final Map<String, List<String>> values;

  private Query(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Parses {@code a=1&b=2}; percent-decoding as in a form. */
  static Either<HttpProblem, Query> parse(String raw, Set<String> accepted) {
    var values = new LinkedHashMap<String, List<String>>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name;
        String value;
        try {
          name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return Either.left(HttpProblem.badParameter("query", "not percent-encoded: " + e.getMessage()));
        }
        if (!accepted.contains(name)) {
          return Either.left(HttpProblem.badParameter(name, "not a parameter of this endpoint"
              + (accepted.isEmpty() ? " (it takes none)" : "; it takes " + String.join(", ", new TreeSet<>(accepted)))));
        }
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return Either.right(new Query(values));
  }

  /** {@code asOf=YYYY-MM-DD}: the day of the evaluation, overriding the scenario's. */
  Either<HttpProblem, Optional<LocalDate>> asOf() {
    return single("asOf").flatMap(v -> {
      if (v.isEmpty()) {
        return Either.right(Optional.empty());
      }
      try {
        LocalDate day = LocalDate.parse(v.get());
        if (day.isBefore(InputLimits.FIRST_DAY) || day.isAfter(InputLimits.LAST_DAY)) {
          return Either.left(HttpProblem.badParameter("asOf", "must be from " + InputLimits.FIRST_DAY + " to "
              + InputLimits.LAST_DAY));
        }
        return Either.right(Optional.of(day));
      } catch (DateTimeParseException e) {
        return Either.left(HttpProblem.badParameter("asOf", "give a date as YYYY-MM-DD"));
      }
    });
  }

  /** {@code year=YYYY}, within the years a scenario may name. */
  Either<HttpProblem, Optional<Integer>> year() {
    return single("year").flatMap(v -> {
      if (v.isEmpty()) {
        return Either.right(Optional.empty());
      }
      int first = InputLimits.FIRST_DAY.getYear();
      int last = InputLimits.LAST_DAY.getYear();
      String text = v.get();
      if (!text.matches("[0-9]{4}") || Integer.parseInt(text) < first || Integer.parseInt(text) > last) {
        return Either.left(HttpProblem.badParameter("year", "give a year from " + first + " to " + last));
      }
      return Either.right(Optional.of(Integer.parseInt(text)));
    });
  }

  /** {@code month=YYYY-MM}. */
  Either<HttpProblem, Optional<YearMonth>> month() {
    return single("month").flatMap(v -> {
      if (v.isEmpty()) {
        return Either.right(Optional.empty());
      }
      try {
        return Either.right(Optional.of(YearMonth.parse(v.get())));
      } catch (DateTimeParseException e) {
        return Either.left(HttpProblem.badParameter("month", "give a month as YYYY-MM"));
      }
    });
  }

  /** {@code allEnterprises=true}: also the enterprises of other jurisdictions, as {@code --all-enterprises}. */
  Either<HttpProblem, Boolean> allEnterprises() {
    return single("allEnterprises").flatMap(v -> {
      if (v.isEmpty() || v.get().equals("false")) {
        return Either.right(false);
      }
      return v.get().equals("true") || v.get().isEmpty()
          ? Either.right(true)
          : Either.left(HttpProblem.badParameter("allEnterprises", "give true or false"));
    });
  }

  /**
   * {@code set=PARAM=VALUE} and {@code interpretation=NAME=CHOICE}, repeatable, each name once: the
   * command's {@code --set} and {@code --interpretation}.
   */
  Either<HttpProblem, Overrides> overrides() {
    Overrides overrides = Overrides.none();
    var parameters = new LinkedHashMap<String, String>();
    for (String pair : values.getOrDefault("set", List.of())) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (parameters.putIfAbsent(name, value) != null) {
        return Either.left(HttpProblem.badParameter("set", name + " is given twice: give each parameter once"));
      }
      overrides = overrides.withParameter(name, value);
    }
    var interpretations = new LinkedHashMap<String, String>();
    for (String pair : values.getOrDefault("interpretation", List.of())) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        return Either.left(HttpProblem.badParameter("interpretation", pair + ": give NAME=CHOICE"));
      }
      String name = pair.substring(0, eq);
      if (interpretations.putIfAbsent(name, pair.substring(eq + 1)) != null) {
        return Either.left(HttpProblem.badParameter("interpretation",
            name + " is given twice: give each interpretation once"));
      }
      overrides = overrides.withInterpretation(name, pair.substring(eq + 1));
    }
    return Either.right(overrides);
  }

  private Either<HttpProblem, Optional<String>> single(String name) {
    List<String> given = values.getOrDefault(name, List.of());
    return given.size() > 1
        ? Either.left(HttpProblem.badParameter(name, "given " + given.size() + " times; give it once"))
        : Either.right(given.stream().findFirst());
  }
}
