package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.engine.Summary;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation output of the contract ({@code srdi-evaluation/1}): fields in a fixed order, amounts
 * as strings with two decimals, no {@code amount} for UNSPECIFIED. Fields beyond the contract's
 * ({@code nameZh}, {@code date}, {@code project}, {@code notes}, {@code findings}) are additions.
 */
public final class EvaluationJson {
  private EvaluationJson() {}

  /**
   * A one-jurisdiction evaluation document: the contract's fields, then {@code leftOut} when
   * enterprises of other jurisdictions were left out; cut to one year, {@code year} follows {@code asOf}.
   *
   * @param result the evaluation
   * @param leftOut the enterprises not evaluated because they name another jurisdiction
   * @param year the one year the result was cut to, if any
   * @return the document
   */
  public static ObjectNode document(PortfolioResult result, List<Enterprise> leftOut, Optional<Integer> year) {
    ObjectNode node = LeftOut.annotate(portfolio(result), leftOut);
    return year.map(y -> withYear(node, y)).orElse(node);
  }

  /** The contract's fields first, then {@code year} to say the output is one year's. */
  private static ObjectNode withYear(ObjectNode node, int year) {
    ObjectNode out = Json.object();
    out.set("jurisdiction", node.get("jurisdiction"));
    out.set("asOf", node.get("asOf"));
    out.put("year", year);
    node.properties().forEach(e -> {
      if (!out.has(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  /**
   * The contract's evaluation, as written inside what-if and compare documents.
   *
   * @param result the evaluation
   * @return jurisdiction, asOf, enterprises, findings, summary
   */
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

  /**
   * The JSON Lines line written in place of an invalid input line, so that counts still reconcile.
   *
   * @param id the line's enterprise id, if it names one ({@code null} in the JSON otherwise)
   * @param line the line's number in the file
   * @param error every error of the line, in words
   * @return {@code {"id", "line", "error"}}
   */
  public static ObjectNode lineError(Optional<String> id, int line, String error) {
    ObjectNode out = Json.object();
    if (id.isPresent()) {
      out.put("id", id.get());
    } else {
      out.putNull("id");
    }
    out.put("line", line);
    out.put("error", error);
    return out;
  }

  /**
   * The JSON Lines line written in place of an enterprise that the scope leaves out.
   *
   * @param id the enterprise's id
   * @param line the line's number in the file
   * @param reason why it was left out
   * @return {@code {"id", "line", "skipped"}}
   */
  public static ObjectNode lineSkipped(String id, int line, String reason) {
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("line", line);
    out.put("skipped", reason);
    return out;
  }

  /**
   * One enterprise's result: total, entitlements, benefits and rejections; a JSON Lines record.
   *
   * @param result the result
   * @return its JSON
   */
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
    result.fault().ifPresent(f -> out.put("error", f.describe()));
    return out;
  }

  /**
   * One entitlement; no {@code amount} for UNSPECIFIED.
   *
   * @param e the entitlement
   * @return its JSON
   */
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

  /**
   * One non-monetary benefit.
   *
   * @param b the benefit
   * @return its JSON
   */
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

  /**
   * One rejection with its reason and missing facts.
   *
   * @param n the rejection
   * @return its JSON
   */
  public static ObjectNode notEligible(NotEligible n) {
    ObjectNode out = Json.object();
    out.put("measure", n.measure().value());
    n.year().ifPresent(y -> out.put("year", y));
    out.put("reason", n.reason());
    strings(out.putArray("missingFacts"), n.missingFacts());
    if (!n.conditions().isEmpty()) {
      ArrayNode conditions = out.putArray("conditions");
      n.conditions().forEach(c -> conditions.add(condition(c)));
    }
    return out;
  }

  /**
   * One checklist line of a rejection: the fact, what the enterprise has (absent when it has none), what the
   * clause requires, the shortfall and its unit where it is measurable and unmet, and whether it is met.
   *
   * @param c the condition
   * @return fact, has, requires, shortfall, unit, met
   */
  public static ObjectNode condition(Condition c) {
    ObjectNode out = Json.object();
    out.put("fact", c.fact());
    c.has().ifPresent(h -> out.put("has", h));
    out.put("requires", c.requires());
    c.shortfall().ifPresent(s -> out.put("shortfall", s));
    if (!c.unit().isEmpty()) {
      out.put("unit", c.unit());
    }
    out.put("met", c.met());
    return out;
  }

  /**
   * One finding of a portfolio measure.
   *
   * @param f the finding
   * @return its JSON
   */
  public static ObjectNode finding(PortfolioFinding f) {
    ObjectNode out = Json.object();
    out.put("measure", f.measure().value());
    out.put("subject", f.subject());
    out.put("granted", f.granted());
    out.put("explanation", f.explanation());
    return out;
  }

  /**
   * The totals: enterprises, total, by year and by funding source.
   *
   * @param s the summary
   * @return its JSON
   */
  public static ObjectNode summary(Summary s) {
    ObjectNode out = Json.object();
    out.put("enterprises", s.enterprises());
    out.put("total", s.total().toFenString());
    ObjectNode byYear = out.putObject("byYear");
    s.byYear().forEach((year, money) -> byYear.put(String.valueOf(year), money.toFenString()));
    out.set("byFundingSource", amounts(s.byFundingSource()));
    return out;
  }

  /**
   * A citation: document, clause and quote.
   *
   * @param c the citation
   * @return its JSON
   */
  public static ObjectNode citation(Citation c) {
    ObjectNode out = Json.object();
    out.put("document", c.document().value());
    out.put("clause", c.clause());
    out.put("quote", c.quote());
    return out;
  }

  /**
   * A sorted map of amounts, e.g. by funding source.
   *
   * @param amounts the amounts by key
   * @return its JSON, keys in order
   */
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
