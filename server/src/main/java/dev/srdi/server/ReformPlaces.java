package dev.srdi.server;

import dev.srdi.api.json.InputError;
import dev.srdi.core.parameter.OverrideProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the reforms of a request body name each parameter, interpretation and budget, so that a
 * problem the facade finds when it applies them (an unknown id, a value its unit cannot read, a
 * budget for a fund no city has) is answered with the JSON path and line in the body. A change
 * given as a query parameter has no place in the body.
 */
final class ReformPlaces {
  /** No reform in the body: every change came from the query. */
  static final ReformPlaces NONE = new ReformPlaces(List.of());
  /** The facade names a budget by its index among all of them, in the reforms' order. */
  private static final Pattern BUDGET = Pattern.compile("budgets\\[([0-9]+)\\](.*)");

  private final List<WhatIfEnvelope.ReformPart> reforms;

  ReformPlaces(List<WhatIfEnvelope.ReformPart> reforms) {
    this.reforms = List.copyOf(reforms);
  }

  /** Where the body names what the problem is about; empty if a query parameter named it. */
  Optional<Place> of(OverrideProblem problem) {
    Optional<String> given = id(problem);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    String id = given.get();
    for (WhatIfEnvelope.ReformPart reform : reforms) {
      Map<String, Place> named = problem.subject() == OverrideProblem.Subject.PARAMETER
          ? reform.parameters() : reform.interpretations();
      if (named.containsKey(id)) {
        return Optional.of(named.get(id));
      }
    }
    return Optional.empty();
  }

  /** The facade's error about its list of budgets ({@code budgets[3].fund}), placed in the reform that holds it. */
  InputError locate(InputError error) {
    Matcher m = BUDGET.matcher(error.path());
    List<Place> funds = reforms.stream().flatMap(r -> r.funds().stream()).toList();
    if (!m.matches() || Integer.parseInt(m.group(1)) >= funds.size()) {
      return error;
    }
    Place fund = funds.get(Integer.parseInt(m.group(1)));
    return m.group(2).equals(".fund") ? fund.error(error.message())
        : new Place(fund.path().replaceFirst("\\.fund$", "") + m.group(2), fund.line(), fund.column()).error(error.message());
  }

  /** Where a name that an earlier reform also sets is set again in reform {@code index}. */
  Place twice(int index, String name) {
    WhatIfEnvelope.ReformPart reform = reforms.get(index);
    if (reform.parameters().containsKey(name)) {
      return reform.parameters().get(name);
    }
    if (reform.interpretations().containsKey(name)) {
      return reform.interpretations().get(name);
    }
    return reform.budgets().orElse(reform.part().at());
  }

  /** Where each reform that carries budgets has them. */
  List<Place> budgets() {
    var out = new ArrayList<Place>();
    reforms.forEach(r -> r.budgets().filter(b -> !r.funds().isEmpty()).ifPresent(out::add));
    return out;
  }

  /** The id the problem is about; a kind added to core later is answered without a place rather than failing. */
  private static Optional<String> id(OverrideProblem problem) {
    if (problem instanceof OverrideProblem.UnknownParameter p) {
      return Optional.of(p.id());
    } else if (problem instanceof OverrideProblem.UnreadableValue p) {
      return Optional.of(p.id().value());
    } else if (problem instanceof OverrideProblem.UnreadableDate p) {
      return Optional.of(p.id().value());
    } else if (problem instanceof OverrideProblem.UnknownInterpretation p) {
      return Optional.of(p.id());
    } else if (problem instanceof OverrideProblem.UnknownChoice p) {
      return Optional.of(p.id().value());
    }
    return Optional.empty();
  }
}
