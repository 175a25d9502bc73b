package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * one pass over its text instead of a tree, a {@code String} and an encoding. One writer per record,
 * on one thread.
 */
public final class EvaluationJsonWriter {
  private final JsonGenerator out;
  private char[] chars = new char[1024];

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
    field("id", result.enterprise().value());
    field("total", result.total().toFenString());
    out.writeFieldName("entitlements");
    out.writeStartArray();
    for (Entitlement e : result.entitlements()) {
      entitlement(e);
    }
    out.writeEndArray();
    out.writeFieldName("benefits");
    out.writeStartArray();
    for (BenefitGrant b : result.benefits()) {
      benefit(b);
    }
    out.writeEndArray();
    out.writeFieldName("notEligible");
    out.writeStartArray();
    for (NotEligible n : result.notEligible()) {
      notEligible(n);
    }
    out.writeEndArray();
    if (result.fault().isPresent()) {
      field("error", result.fault().get().describe());
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
      field("id", id.get());
    } else {
      out.writeNullField("id");
    }
    out.writeNumberField("line", line);
    field("error", error);
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
    field("id", id);
    out.writeNumberField("line", line);
    field("skipped", reason);
    out.writeEndObject();
  }

  private void entitlement(Entitlement e) throws IOException {
    out.writeStartObject();
    field("measure", e.measure().value());
    field("nameZh", e.nameZh());
    field("nameEn", e.nameEn());
    out.writeNumberField("year", e.year());
    field("date", e.date().toString());
    if (e.amount().isPresent()) {
      field("amount", e.amount().get().toFenString());
    }
    field("amountKind", e.amountKind().name());
    if (e.fundingSource().isPresent()) {
      field("fundingSource", e.fundingSource().get());
    }
    units(e.responsibility());
    citation(e.citation());
    if (e.scope().isPresent()) {
      field("project", e.scope().get());
    }
    if (e.payee().isPresent()) {
      field("payee", e.payee().get());
    }
    field("explanation", e.explanation());
    strings("notes", e.notes());
    out.writeEndObject();
  }

  private void benefit(BenefitGrant b) throws IOException {
    out.writeStartObject();
    field("measure", b.measure().value());
    field("nameZh", b.nameZh());
    field("nameEn", b.nameEn());
    out.writeNumberField("year", b.year());
    field("description", b.description());
    units(b.responsibility());
    citation(b.citation());
    field("explanation", b.explanation());
    strings("notes", b.notes());
    out.writeEndObject();
  }

  private void notEligible(NotEligible n) throws IOException {
    out.writeStartObject();
    field("measure", n.measure().value());
    if (n.year().isPresent()) {
      out.writeNumberField("year", n.year().get());
    }
    field("reason", n.reason());
    strings("missingFacts", n.missingFacts());
    if (!n.conditions().isEmpty()) {
      out.writeFieldName("conditions");
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
    field("fact", c.fact());
    if (c.has().isPresent()) {
      field("has", c.has().get());
    }
    field("requires", c.requires());
    if (c.shortfall().isPresent()) {
      field("shortfall", c.shortfall().get());
    }
    if (!c.unit().isEmpty()) {
      field("unit", c.unit());
    }
    out.writeBooleanField("met", c.met());
    out.writeEndObject();
  }

  private void citation(Citation c) throws IOException {
    out.writeFieldName("citation");
    out.writeStartObject();
    field("document", c.document().value());
    field("clause", c.clause());
    field("quote", c.quote());
    out.writeEndObject();
  }

  private void units(Responsibility r) throws IOException {
    out.writeFieldName("leadUnits");
    out.writeStartArray();
    for (DepartmentId d : r.lead()) {
      string(d.value());
    }
    out.writeEndArray();
    out.writeFieldName("responsibleUnits");
    out.writeStartArray();
    for (DepartmentId d : r.responsible()) {
      string(d.value());
    }
    out.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    out.writeFieldName(name);
    out.writeStartArray();
    for (String v : values) {
      string(v);
    }
    out.writeEndArray();
  }

  private void field(String name, String value) throws IOException {
    out.writeFieldName(name);
    string(value);
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
    int length = value.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    value.getChars(0, length, chars, 0);
    for (int i = 0; i < length; i++) {
      if (Character.isSurrogate(chars[i])) {
        i = pairOrQuestionMark(i, length);
      }
    }
    out.writeString(chars, 0, length);
  }

  /** At a surrogate: skips a whole pair, or replaces a lone half; returns the index of its last char. */
  private int pairOrQuestionMark(int i, int length) {
    if (Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
      return i + 1;
    }
    chars[i] = '?';
    return i;
  }
}
