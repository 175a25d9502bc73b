package dev.srdi.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.Fund;

/**
 * A sweep as JSON: what was varied (a grid's second axis under {@code across}), the funds, and per value (or
 * pair of values) the total, the cost by fund and the enterprises paid.
 */
final class SweepDocument {
  private SweepDocument() {}

  /**
   * The document.
   *
   * @param s the sweep
   * @return the document
   */
  static ObjectNode of(Sweep s) {
    ObjectNode out = Json.object();
    out.put("asOf", s.asOf().toString());
    out.put(s.axis().interpretation() ? "interpretation" : "parameter", s.axis().id());
    s.unit().ifPresent(u -> out.put("unit", u));
    s.across().ifPresent(a -> {
      ObjectNode across = out.putObject("across");
      across.put(a.interpretation() ? "interpretation" : "parameter", a.id());
      s.acrossUnit().ifPresent(u -> across.put("unit", u));
    });
    out.put("enterprises", s.enterprises());
    ArrayNode funds = out.putArray("funds");
    for (Fund f : s.funds()) {
      funds.addObject().put("id", f.id()).put("name", f.name());
    }
    ArrayNode points = out.putArray("points");
    for (SweepPoint p : s.points()) {
      ObjectNode point = points.addObject();
      point.put("value", p.value());
      p.across().ifPresent(v -> point.put("across", v));
      point.put("total", p.total().toFenString());
      ObjectNode byFund = point.putObject("byFund");
      p.byFund().forEach((id, m) -> byFund.put(id, m.toFenString()));
      point.put("enterprisesPaid", p.enterprisesPaid());
    }
    return out;
  }
}
