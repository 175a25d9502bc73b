package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;
import java.util.Map;

/**
 * The evaluation output of the contract ({@code srdi-evaluation/1}): fields in a fixed order, amounts
 * as strings with two decimals, no {@code amount} for UNSPECIFIED. Fields beyond the contract's
 * ({@code nameZh}, {@code date}, {@code project}, {@code notes}, {@code findings}) are additions.
 */
public final class EvaluationJson {
  private EvaluationJson() {}

  public static ObjectNode portfolio(PortfolioResult result) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", result.jurisdiction().value());
    out.put("asOf", result.asOf().toString());
    ArrayNode enterprises = out.putArray("enterprises");
    result.enterprises().forEach(e -> enterprises.add(enterprise(e)));
    ArrayNode findings = out.putArray("findings");
    result.findings().forEach(f -> findings.add(finding(f)));
    out.set("summary", summary(result.summary()));
    return out;
  }

  public static ObjectNode enterprise(EnterpriseResult result) {
    ObjectNode out = Json.object();
    out.put("id", result.enterprise().value());
    out.put("total", result.total().toFenString());
    ArrayNode entitlements = out.putArray("entitlements");
    result.entitlements().forEach(e -> entitlements.add(entitlement(e)));
    ArrayNode benefits = out.putArray("benefits");
    result.benefits().forEach(b -> benefits.add(benefit(b)));
    ArrayNode notEligible = out.putArray("notEligible");
    result.notEligible().forEach(n -> notEligible.add(notEligible(n)));
    return out;
  }

  public static ObjectNode entitlement(Entitlement e) {
    ObjectNode out = Json.object();
    out.put("measure", e.measure().value());
    out.put("nameZh", e.nameZh());
    out.put("nameEn", e.nameEn());
    out.put("year", e.year());
    out.put("date", e.date().toString());
    e.amount().ifPresent(m -> out.put("amount", m.toFenString()));
    out.put("amountKind", e.amountKind().name());
    e.fundingSource().ifPresent(f -> out.put("fundingSource", f));
    units(out, e.responsibility());
    out.set("citation", citation(e.citation()));
    e.scope().ifPresent(s -> out.put("project", s));
    e.payee().ifPresent(p -> out.put("payee", p));
    out.put("explanation", e.explanation());
    strings(out.putArray("notes"), e.notes());
    return out;
  }

  public static ObjectNode benefit(BenefitGrant b) {
    ObjectNode out = Json.object();
    out.put("measure", b.measure().value());
    out.put("nameZh", b.nameZh());
    out.put("nameEn", b.nameEn());
    out.put("year", b.year());
    out.put("description", b.description());
    units(out, b.responsibility());
    out.set("citation", citation(b.citation()));
    out.put("explanation", b.explanation());
    strings(out.putArray("notes"), b.notes());
    return out;
  }

  public static ObjectNode notEligible(NotEligible n) {
    ObjectNode out = Json.object();
    out.put("measure", n.measure().value());
    n.year().ifPresent(y -> out.put("year", y));
    out.put("reason", n.reason());
    strings(out.putArray("missingFacts"), n.missingFacts());
    return out;
  }

  public static ObjectNode finding(PortfolioFinding f) {
    ObjectNode out = Json.object();
    out.put("measure", f.measure().value());
    out.put("subject", f.subject());
    out.put("granted", f.granted());
    out.put("explanation", f.explanation());
    return out;
  }

  public static ObjectNode summary(Summary s) {
    ObjectNode out = Json.object();
    out.put("enterprises", s.enterprises());
    out.put("total", s.total().toFenString());
    ObjectNode byYear = out.putObject("byYear");
    s.byYear().forEach((year, money) -> byYear.put(String.valueOf(year), money.toFenString()));
    out.set("byFundingSource", amounts(s.byFundingSource()));
    return out;
  }

  public static ObjectNode citation(Citation c) {
    ObjectNode out = Json.object();
    out.put("document", c.document().value());
    out.put("clause", c.clause());
    out.put("quote", c.quote());
    return out;
  }

  /** A sorted map of amounts, e.g. by funding source. */
  public static ObjectNode amounts(Map<String, Money> amounts) {
    ObjectNode out = Json.object();
    new java.util.TreeMap<>(amounts).forEach((k, v) -> out.put(k, v.toFenString()));
    return out;
  }

  static void units(ObjectNode out, Responsibility r) {
    strings(out.putArray("leadUnits"), r.lead().stream().map(DepartmentId::value).toList());
    strings(out.putArray("responsibleUnits"), r.responsible().stream().map(DepartmentId::value).toList());
  }

  static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
