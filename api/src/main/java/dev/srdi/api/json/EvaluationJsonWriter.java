package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.srdi.core.engine.BenefitGrant;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.DepartmentId;
import dev.srdi.core.responsibility.Responsibility;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Lines records of {@link EvaluationJson} ({@link EvaluationJson#enterprise}, {@link
 * EvaluationJson#lineError}, {@link EvaluationJson#lineSkipped}) written straight to a generator of
 * {@link Json#utf8Generator}, with no tree in between: the same fields in the same order, so that the
 * bytes are those of {@link Json#compact} of the tree encoded as UTF-8. A record of 10 KB then costs
 * one pass over its text instead of a tree, a {@code String} and an encoding; the field names, and the
 * values that recur from record to record (names, citations, units, reasons, notes), are copied from
 * encodings made once ({@link EncodedStrings}, the thread's). One writer per record, on one thread.
 */
public final class EvaluationJsonWriter {
  // The field names, encoded once.
  private static final SerializableString AMOUNT = new SerializedString("amount");
  private static final SerializableString AMOUNT_KIND = new SerializedString("amountKind");
  private static final SerializableString BENEFITS = new SerializedString("benefits");
  private static final SerializableString CITATION = new SerializedString("citation");
  private static final SerializableString CLAUSE = new SerializedString("clause");
  private static final SerializableString CONDITIONS = new SerializedString("conditions");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString DOCUMENT = new SerializedString("document");
  private static final SerializableString ENTITLEMENTS = new SerializedString("entitlements");
  private static final SerializableString ERROR = new SerializedString("error");
  private static final SerializableString EXPLANATION = new SerializedString("explanation");
  private static final SerializableString FACT = new SerializedString("fact");
  private static final SerializableString FUNDING_SOURCE = new SerializedString("fundingSource");
  private static final SerializableString HAS = new SerializedString("has");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString LEAD_UNITS = new SerializedString("leadUnits");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString MEASURE = new SerializedString("measure");
  private static final SerializableString MET = new SerializedString("met");
  private static final SerializableString MISSING_FACTS = new SerializedString("missingFacts");
  private static final SerializableString NAME_EN = new SerializedString("nameEn");
  private static final SerializableString NAME_ZH = new SerializedString("nameZh");
  private static final SerializableString NOT_ELIGIBLE = new SerializedString("notEligible");
  private static final SerializableString NOTES = new SerializedString("notes");
  private static final SerializableString PAYEE = new SerializedString("payee");
  private static final SerializableString PROJECT = new SerializedString("project");
  private static final SerializableString QUOTE = new SerializedString("quote");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString REQUIRES = new SerializedString("requires");
  private static final SerializableString RESPONSIBLE_UNITS = new SerializedString("responsibleUnits");
  private static final SerializableString SHORTFALL = new SerializedString("shortfall");
  private static final SerializableString SKIPPED = new SerializedString("skipped");
  private static final SerializableString TOTAL = new SerializedString("total");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString YEAR = new SerializedString("year");

  private final JsonGenerator out;
  private final EncodedStrings encoded = EncodedStrings.ofThisThread();
  private final EncodedValues values = EncodedValues.ofThisThread();

  /**
   * A writer of records to a generator.
   *
   * @param out the generator, from {@link Json#utf8Generator}
   */
  public EvaluationJsonWriter(JsonGenerator out) {
    this.out = out;
  }

  /**
   * One enterprise's result, as {@link EvaluationJson#enterprise} has it.
   *
   * @param result the result
   * @throws IOException if the generator cannot write
   */
  public void enterprise(EnterpriseResult result) throws IOException {
    out.writeStartObject();
    field(ID, result.enterprise().value());
    field(TOTAL, result.total().toFenString());
    out.writeFieldName(ENTITLEMENTS);
    out.writeStartArray();
    for (Entitlement e : result.entitlements()) {
      entitlement(e);
    }
    out.writeEndArray();
    out.writeFieldName(BENEFITS);
    out.writeStartArray();
    for (BenefitGrant b : result.benefits()) {
      benefit(b);
    }
    out.writeEndArray();
    out.writeFieldName(NOT_ELIGIBLE);
    out.writeStartArray();
    for (NotEligible n : result.notEligible()) {
      notEligible(n);
    }
    out.writeEndArray();
    if (result.fault().isPresent()) {
      field(ERROR, result.fault().get().describe());
    }
    out.writeEndObject();
  }

  /**
   * The record in place of an invalid line, as {@link EvaluationJson#lineError} has it.
   *
   * @param id the line's enterprise id, if it names one
   * @param line the line's number
   * @param error every error of the line, in words
   * @throws IOException if the generator cannot write
   */
  public void lineError(Optional<String> id, int line, String error) throws IOException {
    out.writeStartObject();
    if (id.isPresent()) {
      field(ID, id.get());
    } else {
      out.writeFieldName(ID);
      out.writeNull();
    }
    out.writeFieldName(LINE);
    out.writeNumber(line);
    field(ERROR, error);
    out.writeEndObject();
  }

  /**
   * The record in place of an enterprise the scope leaves out, as {@link EvaluationJson#lineSkipped} has it.
   *
   * @param id the enterprise's id
   * @param line the line's number
   * @param reason why it was left out
   * @throws IOException if the generator cannot write
   */
  public void lineSkipped(String id, int line, String reason) throws IOException {
    out.writeStartObject();
    field(ID, id);
    out.writeFieldName(LINE);
    out.writeNumber(line);
    field(SKIPPED, reason);
    out.writeEndObject();
  }

  private void entitlement(Entitlement e) throws IOException {
    out.writeStartObject();
    recurring(MEASURE, e.measure().value());
    recurring(NAME_ZH, e.nameZh());
    recurring(NAME_EN, e.nameEn());
    out.writeFieldName(YEAR);
    out.writeNumber(e.year());
    field(DATE, e.date().toString());
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
    out.writeEndObject();
  }

  private void benefit(BenefitGrant b) throws IOException {
    out.writeStartObject();
    recurring(MEASURE, b.measure().value());
    recurring(NAME_ZH, b.nameZh());
    recurring(NAME_EN, b.nameEn());
    out.writeFieldName(YEAR);
    out.writeNumber(b.year());
    recurring(DESCRIPTION, b.description());
    units(b.responsibility());
    citation(b.citation());
    field(EXPLANATION, b.explanation());
    strings(NOTES, b.notes());
    out.writeEndObject();
  }

  private void notEligible(NotEligible n) throws IOException {
    out.writeStartObject();
    recurring(MEASURE, n.measure().value());
    if (n.year().isPresent()) {
      out.writeFieldName(YEAR);
      out.writeNumber(n.year().get());
    }
    recurring(REASON, n.reason());
    strings(MISSING_FACTS, n.missingFacts());
    if (!n.conditions().isEmpty()) {
      out.writeFieldName(CONDITIONS);
      out.writeStartArray();
      for (Condition c : n.conditions()) {
        condition(c);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void condition(Condition c) throws IOException {
    out.writeStartObject();
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
    out.writeFieldName(MET);
    out.writeBoolean(c.met());
    out.writeEndObject();
  }

  private void citation(Citation c) throws IOException {
    out.writeFieldName(CITATION);
    values.write(out, c, g -> {
      g.writeStartObject();
      g.writeFieldName(DOCUMENT);
      encoded.write(g, c.document().value());
      g.writeFieldName(CLAUSE);
      encoded.write(g, c.clause());
      g.writeFieldName(QUOTE);
      encoded.write(g, c.quote());
      g.writeEndObject();
    });
  }

  private void units(Responsibility r) throws IOException {
    out.writeFieldName(LEAD_UNITS);
    departments(r.lead());
    out.writeFieldName(RESPONSIBLE_UNITS);
    departments(r.responsible());
  }

  private void departments(List<DepartmentId> ids) throws IOException {
    values.write(out, ids, g -> {
      g.writeStartArray();
      for (DepartmentId d : ids) {
        encoded.write(g, d.value());
      }
      g.writeEndArray();
    });
  }

  private void strings(SerializableString name, List<String> values) throws IOException {
    out.writeFieldName(name);
    out.writeStartArray();
    for (String v : values) {
      recurring(v);
    }
    out.writeEndArray();
  }

  /** A field whose value is made for this record (an id, an amount, an explanation). */
  private void field(SerializableString name, String value) throws IOException {
    out.writeFieldName(name);
    string(value);
  }

  /** A field whose value recurs from record to record (a name, a citation, a reason): its encoding is kept. */
  private void recurring(SerializableString name, String value) throws IOException {
    out.writeFieldName(name);
    recurring(value);
  }

  private void recurring(String value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else {
      encoded.write(out, value);
    }
  }

  /**
   * A string value, copied once into a buffer the generator reads from directly; a surrogate that is
   * not half of a pair becomes {@code ?}, as it does when the tree's text is encoded to UTF-8.
   */
  private void string(String value) throws IOException {
    if (value == null) {
      out.writeNull();
      return;
    }
    out.writeString(encoded.charsOf(value), 0, value.length());
  }
}
