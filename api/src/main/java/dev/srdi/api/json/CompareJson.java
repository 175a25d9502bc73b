package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Comparison;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.spi.JurisdictionRegistry;

/** A comparison as JSON: each enterprise's total under each jurisdiction, the totals, and each full evaluation. */
public final class CompareJson {
  private CompareJson() {}

  public static ObjectNode of(Comparison c, JurisdictionRegistry registry) {
    ObjectNode out = Json.object();
    out.put("asOf", c.asOf().toString());
    ArrayNode jurisdictions = out.putArray("jurisdictions");
    for (int j = 0; j < c.results().size(); j++) {
      PortfolioResult r = c.results().get(j);
      ObjectNode entry = jurisdictions.addObject();
      entry.put("id", r.jurisdiction().value());
      registry.find(r.jurisdiction()).forEach(found -> {
        entry.put("nameZh", found.nameZh());
        entry.put("nameEn", found.nameEn());
      });
      entry.put("total", c.total(j).toFenString());
    }
    ArrayNode enterprises = out.putArray("enterprises");
    for (int e = 0; e < c.enterprises().size(); e++) {
      ObjectNode entry = enterprises.addObject();
      entry.put("id", c.enterprises().get(e).value());
      ObjectNode totals = entry.putObject("totals");
      for (int j = 0; j < c.results().size(); j++) {
        totals.put(c.results().get(j).jurisdiction().value(), c.result(j, e).total().toFenString());
      }
    }
    ArrayNode evaluations = out.putArray("evaluations");
    c.results().forEach(r -> evaluations.add(EvaluationJson.portfolio(r)));
    return out;
  }
}
