package dev.srdi.api.json;

import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Responsibility;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Lines records of {@link EvaluationJson} ({@link EvaluationJson#enterprise}, {@link
 * EvaluationJson#lineError}, {@link EvaluationJson#lineSkipped}) written straight to UTF-8 bytes, with no
 * tree, string or generator in between: the same fields in the same order, so that the bytes are those of
 * {@link Json#compact} of the tree encoded as UTF-8. A record of 10 KB then costs one pass over the text it
 * makes for itself; the field names, and the values that recur from record to record (names, citations,
 * units, reasons, notes), are copied from encodings made once ({@link EncodedStrings}, {@link
 * EncodedValues}), and so are the rejections that recur as the same parts ({@link KeptRejections}). One
 * writer a thread ({@link #ofThisThread}): its buffer and caches are reused record after record, and each
 * record is handed out in an array of its own.
 */
public final class EvaluationJsonWriter {
  // The field names, encoded once.
  private static final JsonBytes.Name AMOUNT = JsonBytes.name("amount");
  private static final JsonBytes.Name AMOUNT_KIND = JsonBytes.name("amountKind");
  private static final JsonBytes.Name BENEFITS = JsonBytes.name("benefits");
  private static final JsonBytes.Name CITATION = JsonBytes.name("citation");
  private static final JsonBytes.Name CLAUSE = JsonBytes.name("clause");
  private static final JsonBytes.Name CONDITIONS = JsonBytes.name("conditions");
  private static final JsonBytes.Name DATE = JsonBytes.name("date");
  private static final JsonBytes.Name DESCRIPTION = JsonBytes.name("description");
  private static final JsonBytes.Name DOCUMENT = JsonBytes.name("document");
  private static final JsonBytes.Name ENTITLEMENTS = JsonBytes.name("entitlements");
  private static final JsonBytes.Name ERROR = JsonBytes.name("error");
  private static final JsonBytes.Name EXPLANATION = JsonBytes.name("explanation");
  private static final JsonBytes.Name FACT = JsonBytes.name("fact");
  private static final JsonBytes.Name FUNDING_SOURCE = JsonBytes.name("fundingSource");
  private static final JsonBytes.Name HAS = JsonBytes.name("has");
  private static final JsonBytes.Name ID = JsonBytes.name("id");
  private static final JsonBytes.Name LEAD_UNITS = JsonBytes.name("leadUnits");
  private static final JsonBytes.Name LINE = JsonBytes.name("line");
  private static final JsonBytes.Name MEASURE = JsonBytes.name("measure");
  private static final JsonBytes.Name MET = JsonBytes.name("met");
  private static final JsonBytes.Name MISSING_FACTS = JsonBytes.name("missingFacts");
  private static final JsonBytes.Name NAME_EN = JsonBytes.name("nameEn");
  private static final JsonBytes.Name NAME_ZH = JsonBytes.name("nameZh");
  private static final JsonBytes.Name NOT_ELIGIBLE = JsonBytes.name("notEligible");
  private static final JsonBytes.Name NOTES = JsonBytes.name("notes");
  private static final JsonBytes.Name PAYEE = JsonBytes.name("payee");
  private static final JsonBytes.Name PROJECT = JsonBytes.name("project");
  private static final JsonBytes.Name QUOTE = JsonBytes.name("quote");
  private static final JsonBytes.Name REASON = JsonBytes.name("reason");
  private static final JsonBytes.Name REQUIRES = JsonBytes.name("requires");
  private static final JsonBytes.Name RESPONSIBLE_UNITS = JsonBytes.name("responsibleUnits");
  private static final JsonBytes.Name SHORTFALL = JsonBytes.name("shortfall");
  private static final JsonBytes.Name SKIPPED = JsonBytes.name("skipped");
  private static final JsonBytes.Name TOTAL = JsonBytes.name("total");
  private static final JsonBytes.Name UNIT = JsonBytes.name("unit");
  private static final JsonBytes.Name YEAR = JsonBytes.name("year");

  private static final ThreadLocal<EvaluationJsonWriter> THREADS = ThreadLocal.withInitial(EvaluationJsonWriter::new);

  private final JsonBytes out = new JsonBytes();
  private final EncodedStrings encoded = new EncodedStrings();
  private final EncodedValues values = new EncodedValues();
  private final KeptRejections rejections = new KeptRejections();
  /** Made once: a method reference made at each call would be an object a rejection. */
  private final KeptRejections.Body rejection = this::rejection;

  /** A writer of its own; the lines format takes {@link #ofThisThread}'s. */
  EvaluationJsonWriter() {}

  /**
   * This thread's writer.
   *
   * @return the writer, with the thread's buffer and the encodings it has kept
   */
  public static EvaluationJsonWriter ofThisThread() {
    return THREADS.get();
  }

  /**
   * One enterprise's result as a line: {@link EvaluationJson#enterprise} and a line end.
   *
   * @param result the result
   * @return the line's bytes, in an array of their own
   */
  public byte[] enterpriseLine(EnterpriseResult result) {
    out.reset();
    enterprise(result);
    return out.line();
  }

  /**
   * The line in place of an invalid line: {@link EvaluationJson#lineError} and a line end.
   *
   * @param id the line's enterprise id, if it names one
   * @param line the line's number
   * @param error every error of the line, in words
   * @return the line's bytes, in an array of their own
   */
  public byte[] lineErrorLine(Optional<String> id, int line, String error) {
    out.reset();
    lineError(id, line, error);
    return out.line();
  }

  /**
   * The line in place of an enterprise the scope leaves out: {@link EvaluationJson#lineSkipped} and a line end.
   *
   * @param id the enterprise's id
   * @param line the line's number
   * @param reason why it was left out
   * @return the line's bytes, in an array of their own
   */
  public byte[] lineSkippedLine(String id, int line, String reason) {
    out.reset();
    lineSkipped(id, line, reason);
    return out.line();
  }

  /**
   * One enterprise's result, as {@link EvaluationJson#enterprise} has it.
   *
   * @param result the result
   */
  private void enterprise(EnterpriseResult result) {
    out.startObject();
    field(ID, result.enterprise().value());
    field(TOTAL, result.total().toFenString());
    out.field(ENTITLEMENTS);
    out.startArray();
    for (Entitlement e : result.entitlements()) {
      entitlement(e);
    }
    out.endArray();
    out.field(BENEFITS);
    out.startArray();
    for (BenefitGrant b : result.benefits()) {
      benefit(b);
    }
    out.endArray();
    out.field(NOT_ELIGIBLE);
    out.startArray();
    for (NotEligible n : result.notEligible()) {
      notEligible(n);
    }
    out.endArray();
    if (result.fault().isPresent()) {
      field(ERROR, result.fault().get().describe());
    }
    out.endObject();
  }

  /**
   * The record in place of an invalid line, as {@link EvaluationJson#lineError} has it.
   *
   * @param id the line's enterprise id, if it names one
   * @param line the line's number
   * @param error every error of the line, in words
   */
  private void lineError(Optional<String> id, int line, String error) {
    out.startObject();
    if (id.isPresent()) {
      field(ID, id.get());
    } else {
      out.field(ID);
      out.nullValue();
    }
    out.field(LINE);
    out.number(line);
    field(ERROR, error);
    out.endObject();
  }

  /**
   * The record in place of an enterprise the scope leaves out, as {@link EvaluationJson#lineSkipped} has it.
   *
   * @param id the enterprise's id
   * @param line the line's number
   * @param reason why it was left out
   */
  private void lineSkipped(String id, int line, String reason) {
    out.startObject();
    field(ID, id);
    out.field(LINE);
    out.number(line);
    field(SKIPPED, reason);
    out.endObject();
  }

  private void entitlement(Entitlement e) {
    out.startObject();
    recurring(MEASURE, e.measure().value());
    recurring(NAME_ZH, e.nameZh());
    recurring(NAME_EN, e.nameEn());
    out.field(YEAR);
    out.number(e.year());
    out.field(DATE);
    out.date(e.date());
    if (e.amount().isPresent()) {
      field(AMOUNT, e.amount().get().toFenString());
    }
    recurring(AMOUNT_KIND, e.amountKind().name());
    if (e.fundingSource().isPresent()) {
      recurring(FUNDING_SOURCE, e.fundingSource().get());
    }
    units(e.responsibility());
    citation(e.citation());
    if (e.scope().isPresent()) {
      recurring(PROJECT, e.scope().get());
    }
    if (e.payee().isPresent()) {
      recurring(PAYEE, e.payee().get());
    }
    field(EXPLANATION, e.explanation());
    strings(NOTES, e.notes());
    out.endObject();
  }

  private void benefit(BenefitGrant b) {
    out.startObject();
    recurring(MEASURE, b.measure().value());
    recurring(NAME_ZH, b.nameZh());
    recurring(NAME_EN, b.nameEn());
    out.field(YEAR);
    out.number(b.year());
    out.field(DESCRIPTION);
    int description = out.valueStart();
    recurring(b.description());
    int described = out.size();
    units(b.responsibility());
    citation(b.citation());
    out.field(EXPLANATION);
    // An explanation says why the enterprise has the benefit, then what it is: it ends with the description.
    out.stringEndingWith(b.explanation(), b.description(), description + 1, described - 1);
    strings(NOTES, b.notes());
    out.endObject();
  }

  private void notEligible(NotEligible n) {
    rejections.write(out, n, rejection);
  }

  private void rejection(NotEligible n) {
    out.startObject();
    recurring(MEASURE, n.measure().value());
    if (n.year().isPresent()) {
      out.field(YEAR);
      out.number(n.year().get());
    }
    recurring(REASON, n.reason());
    strings(MISSING_FACTS, n.missingFacts());
    if (!n.conditions().isEmpty()) {
      out.field(CONDITIONS);
      out.startArray();
      for (Condition c : n.conditions()) {
        condition(c);
      }
      out.endArray();
    }
    out.endObject();
  }

  private void condition(Condition c) {
    out.startObject();
    recurring(FACT, c.fact());
    if (c.has().isPresent()) {
      field(HAS, c.has().get());
    }
    recurring(REQUIRES, c.requires());
    if (c.shortfall().isPresent()) {
      field(SHORTFALL, c.shortfall().get());
    }
    if (!c.unit().isEmpty()) {
      recurring(UNIT, c.unit());
    }
    out.field(MET);
    out.bool(c.met());
    out.endObject();
  }

  private void citation(Citation c) {
    out.field(CITATION);
    values.write(out, c, g -> {
      g.startObject();
      g.field(DOCUMENT);
      encoded.write(g, c.document().value());
      g.field(CLAUSE);
      encoded.write(g, c.clause());
      g.field(QUOTE);
      encoded.write(g, c.quote());
      g.endObject();
    });
  }

  private void units(Responsibility r) {
    out.field(LEAD_UNITS);
    departments(r.lead());
    out.field(RESPONSIBLE_UNITS);
    departments(r.responsible());
  }

  private void departments(List<DepartmentId> ids) {
    values.write(out, ids, g -> {
      g.startArray();
      for (DepartmentId d : ids) {
        encoded.write(g, d.value());
      }
      g.endArray();
    });
  }

  private void strings(JsonBytes.Name name, List<String> values) {
    out.field(name);
    out.startArray();
    for (String v : values) {
      recurring(v);
    }
    out.endArray();
  }

  /** A field whose value is made for this record (an id, an amount, an explanation). */
  private void field(JsonBytes.Name name, String value) {
    out.field(name);
    string(value);
  }

  /** A field whose value recurs from record to record (a name, a citation, a reason): its encoding is kept. */
  private void recurring(JsonBytes.Name name, String value) {
    out.field(name);
    recurring(value);
  }

  private void recurring(String value) {
    if (value == null) {
      out.nullValue();
    } else {
      encoded.write(out, value);
    }
  }

  private void string(String value) {
    if (value == null) {
      out.nullValue();
    } else {
      out.string(value);
    }
  }
}
