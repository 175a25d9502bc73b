package dev.srdi.testkit;

import dev.srdi.core.engine.EnterpriseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation as one line per award, benefit and refusal, with its explanation, so that two results
 * that should be equal can be told apart by the lines only one of them has.
 */
final class ResultLines {
  private ResultLines() {}

  static List<String> of(EnterpriseResult r) {
    var lines = new ArrayList<String>();
    r.entitlements().forEach(e -> lines.add("award " + Award.of(e) + " because " + e.explanation() + " " + e.notes()));
    r.benefits().forEach(b -> lines.add("benefit " + b.measure() + " " + b.year() + " because " + b.explanation()
        + " " + b.notes()));
    r.notEligible().forEach(n -> lines.add("not " + n.measure() + n.year().map(y -> " " + y).orElse("") + ": "
        + n.reason() + (n.missingFacts().isEmpty() ? "" : " (missing " + n.missingFacts() + ")")));
    return lines;
  }

  /** What only the first result has and what only the second has; empty when they agree line for line. */
  static String difference(EnterpriseResult first, EnterpriseResult second) {
    List<String> a = of(first);
    List<String> b = of(second);
    if (a.equals(b)) {
      return "";
    }
    var onlyFirst = new ArrayList<>(a);
    b.forEach(onlyFirst::remove);
    var onlySecond = new ArrayList<>(b);
    a.forEach(onlySecond::remove);
    String n = System.lineSeparator();
    if (onlyFirst.isEmpty() && onlySecond.isEmpty()) {
      return "the same lines in another order:" + n + "  " + String.join(n + "  ", a) + n + "and" + n + "  "
          + String.join(n + "  ", b);
    }
    return "only in the first:" + n + "  " + String.join(n + "  ", onlyFirst) + n + "only in the second:" + n + "  "
        + String.join(n + "  ", onlySecond);
  }
}
