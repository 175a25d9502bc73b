package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.engine.EnterpriseDelta;
import dev.srdi.core.engine.WhatIfResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.money.Money;
import java.util.List;
import java.util.TreeSet;

/** A what-if as JSON: the changes, baseline/variant/difference per enterprise, in total and by fund, and both evaluations. */
public final class WhatIfJson {
  private WhatIfJson() {}

  /**
   * The what-if document, with {@code leftOut} at the end when enterprises of other jurisdictions were left out.
   *
   * @param w the baseline, the variant and what changed
   * @param overrides each override as applied, written as {@code overrides} after {@code changedInterpretations}
   * @param leftOut the enterprises not evaluated because they name another jurisdiction
   * @return the document
   */
  public static ObjectNode of(WhatIfResult w, List<AppliedOverride> overrides, List<Enterprise> leftOut) {
    ObjectNode plain = of(w);
    ObjectNode out = Json.object();
    plain.properties().forEach(e -> {
      out.set(e.getKey(), e.getValue());
      if (e.getKey().equals("changedInterpretations")) {
        ArrayNode list = out.putArray("overrides");
        overrides.forEach(o -> list.add(override(o)));
      }
    });
    return LeftOut.annotate(out, leftOut);
  }

  /**
   * One override as applied: the id, the text given, the value read, its unit and the default it replaced.
   *
   * @param o the override
   * @return its object
   */
  public static ObjectNode override(AppliedOverride o) {
    ObjectNode out = Json.object();
    out.put(o.kind() == AppliedOverride.Kind.PARAMETER ? "parameter" : "interpretation", o.id());
    out.put("given", o.given());
    out.put("value", o.value());
    o.unit().ifPresent(u -> out.put("unit", u));
    out.put("replaced", o.replaced());
    return out;
  }

  /**
   * The what-if document without a {@code leftOut} list.
   *
   * @param w the baseline, the variant and what changed
   * @return the document
   */
  public static ObjectNode of(WhatIfResult w) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", w.baseline().jurisdiction().value());
    out.put("asOf", w.baseline().asOf().toString());
    ObjectNode parameters = out.putObject("changedParameters");
    w.changedParameters().forEach((id, value) -> parameters.put(id.value(), value));
    ObjectNode interpretations = out.putObject("changedInterpretations");
    w.changedInterpretations().forEach((id, choice) -> interpretations.put(id.value(), choice));
    ArrayNode enterprises = out.putArray("enterprises");
    for (EnterpriseDelta d : w.enterprises()) {
      ObjectNode entry = triple(d.baseline(), d.variant());
      ObjectNode withId = Json.object();
      withId.put("id", d.enterprise().value());
      withId.setAll(entry);
      enterprises.add(withId);
    }
    out.set("total", triple(w.baseline().summary().total(), w.variant().summary().total()));
    ObjectNode byFund = out.putObject("byFundingSource");
    var before = w.baseline().summary().byFundingSource();
    var after = w.variant().summary().byFundingSource();
    var funds = new TreeSet<>(before.keySet());
    funds.addAll(after.keySet());
    funds.forEach(f -> byFund.set(f, triple(before.getOrDefault(f, Money.zero()), after.getOrDefault(f, Money.zero()))));
    out.set("baseline", EvaluationJson.portfolio(w.baseline()));
    out.set("variant", EvaluationJson.portfolio(w.variant()));
    return out;
  }

  /**
   * {@code {baseline, variant, difference}}, in yuan to the fen.
   *
   * @param baseline the amount under the defaults
   * @param variant the amount under the change
   * @return the object
   */
  public static ObjectNode triple(Money baseline, Money variant) {
    ObjectNode out = Json.object();
    out.put("baseline", baseline.toFenString());
    out.put("variant", variant.toFenString());
    out.put("difference", variant.minus(baseline).toFenString());
    return out;
  }
}
