package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.check.Finding;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.text.Block;
import dev.srdi.core.text.CitedSpan;
import dev.srdi.core.text.Citing;
import dev.srdi.core.text.Clause;
import dev.srdi.core.text.ClauseCoverage;
import dev.srdi.core.text.ClauseStatus;
import dev.srdi.core.text.CoverageCounts;
import dev.srdi.core.text.DocumentCoverage;
import dev.srdi.core.text.Heading;
import dev.srdi.core.text.TextCoverage;
import java.util.List;
import java.util.Optional;

/**
 * The document view as JSON ({@code srdi-document-1}): each document's blocks in reading order, each
 * clause with its status, everything that cites it (the entry as {@code srdi measures} shows it, and
 * where its quote stands) and the findings of {@code srdi check} on it, and the coverage counts per
 * document and in all. Anchors are the ids the
 * HTML page gives clauses ({@code c-…}), entries ({@code e-…}) and quoted spans ({@code q-…}).
 */
public final class DocumentJson {
  private DocumentJson() {}

  /**
   * The document view.
   *
   * @param j the jurisdiction
   * @param settings the values the entries show (the defaults)
   * @param coverage its documents' coverage
   * @param findings the findings of {@code srdi check}, each shown beside the clause it cites; empty when the
   *     check was not run
   * @return the JSON document
   */
  public static ObjectNode of(Jurisdiction j, Settings settings, TextCoverage coverage, Optional<List<Finding>> findings) {
    ObjectNode out = Json.object();
    out.put("jurisdiction", j.id().value());
    out.put("nameZh", j.nameZh());
    out.put("nameEn", j.nameEn());
    out.put("checked", findings.isPresent());
    out.set("summary", counts(CoverageCounts.of(coverage.documents().stream()
        .flatMap(d -> d.clauses().stream()).toList())));
    ArrayNode documents = out.putArray("documents");
    for (int i = 0; i < coverage.documents().size(); i++) {
      documents.add(document(i, coverage.documents().get(i), settings, findings.orElse(List.of())));
    }
    ArrayNode missing = out.putArray("missingTexts");
    coverage.missing().forEach(d -> missing.add(d.value()));
    return out;
  }

  /**
   * The anchor of an entry: its kind and id, which are unique together.
   *
   * @param c the entry
   * @return e.g. {@code e-parameter-guilin.first-city-srdi-award.amount}
   */
  public static String entryAnchor(Citing c) {
    return "e-" + c.kind() + "-" + c.id();
  }

  /**
   * The anchor of an entry's quoted span in the text.
   *
   * @param c the entry
   * @return e.g. {@code q-parameter-guilin.first-city-srdi-award.amount}
   */
  public static String spanAnchor(Citing c) {
    return "q-" + c.kind() + "-" + c.id();
  }

  private static ObjectNode document(int index, DocumentCoverage d, Settings settings, List<Finding> allFindings) {
    List<Finding> findings = allFindings.stream()
        .filter(f -> f.citation().document().equals(d.document().id())).toList();
    ObjectNode out = Json.object();
    out.put("anchor", "d-" + (index + 1));
    out.set("document", CatalogJson.document(d.document()));
    ObjectNode summary = counts(d.counts());
    ArrayNode gaps = summary.putArray("notEncodedClauses");
    d.clauses().stream().filter(c -> c.status() == ClauseStatus.NOT_ENCODED)
        .forEach(c -> gaps.add(c.clause().label()));
    out.set("summary", summary);
    ArrayNode blocks = out.putArray("blocks");
    List<Block> all = d.text().blocks();
    int clauseIndex = 0;
    for (Block b : all) {
      if (b instanceof Heading h) {
        blocks.addObject().put("heading", h.text());
      } else if (b instanceof Clause c) {
        blocks.add(clause("c-" + (index + 1) + "-" + (++clauseIndex), d.of(c), settings,
            findings.stream().filter(f -> f.citation().clause().equals(c.label())).toList()));
      }
    }
    ArrayNode unplaced = out.putArray("unplaced");
    d.unplaced().forEach(c -> unplaced.add(c.kind() + " " + c.id() + " cites " + c.citation().clause()));
    findings.stream().filter(f -> d.text().clause(f.citation().clause()).isEmpty())
        .forEach(f -> unplaced.add("finding " + f.code() + " on " + f.subject() + " cites " + f.citation().clause()));
    return out;
  }

  private static ObjectNode clause(String anchor, ClauseCoverage c, Settings settings, List<Finding> findings) {
    ObjectNode out = Json.object();
    out.put("clause", c.clause().label());
    out.put("anchor", anchor);
    out.put("text", c.clause().text());
    out.put("status", c.status().key());
    c.mark().ifPresent(m -> out.put("reason", m.reason()));
    out.put("listedGap", c.listedGap());
    ArrayNode interpretations = out.putArray("interpretations");
    c.interpretations().forEach(interpretations::add);
    ArrayNode cited = out.putArray("cited");
    c.cited().forEach(s -> cited.add(cited(s, settings)));
    ArrayNode found = out.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = found.addObject();
      o.put("severity", f.severity().name());
      o.put("code", f.code());
      o.put("subject", f.subject());
      o.put("quote", f.citation().quote());
      o.put("message", f.message());
    }
    return out;
  }

  private static ObjectNode cited(CitedSpan s, Settings settings) {
    ObjectNode out = Json.object();
    Citing c = s.entry();
    out.put("kind", c.kind());
    out.put("id", c.id());
    out.put("anchor", entryAnchor(c));
    out.put("spanAnchor", spanAnchor(c));
    out.put("quote", c.citation().quote());
    s.span().ifPresent(span -> out.putObject("span").put("start", span.start()).put("end", span.end()));
    out.set("entry", entry(c, settings));
    return out;
  }

  private static ObjectNode entry(Citing c, Settings settings) {
    return c.accept(new Citing.Visitor<>() {
      @Override public ObjectNode measure(Citing.OfMeasure m) {
        return CatalogJson.measure(m.descriptor(), settings, m.portfolio());
      }

      @Override public ObjectNode parameter(Citing.OfParameter p) {
        return CatalogJson.parameter(p.parameter(), settings);
      }

      @Override public ObjectNode interpretation(Citing.OfInterpretation i) {
        return CatalogJson.interpretation(i.interpretation(), settings);
      }

      @Override public ObjectNode target(Citing.OfTarget t) {
        return CatalogJson.target(t.target(), settings);
      }

      @Override public ObjectNode task(Citing.OfTask t) {
        return CatalogJson.task(t.task());
      }

      @Override public ObjectNode duty(Citing.OfDuty d) {
        return CatalogJson.duty(d.duty());
      }
    });
  }

  private static ObjectNode counts(CoverageCounts counts) {
    ObjectNode out = Json.object();
    out.put("clauses", counts.clauses());
    out.put("encoded", counts.encoded());
    out.put("interpreted", counts.interpreted());
    out.put("noRule", counts.noRule());
    out.put("notEncoded", counts.notEncoded());
    return out;
  }
}
