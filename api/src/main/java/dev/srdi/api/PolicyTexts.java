package dev.srdi.api;

import dev.srdi.api.html.DocumentHtml;
import dev.srdi.api.json.DocumentJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.check.Finding;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.text.TextCoverage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A jurisdiction's documents clause by clause, each clause beside what cites it, with the coverage
 * of the text: what {@code srdi document} shows and a portal serves.
 *
 * @param jurisdiction the jurisdiction
 * @param defaults the values its entries show
 * @param coverage its documents split into clauses, with what cites each
 * @param findings the findings of the policy check, shown beside their clauses; empty when it was not run
 */
public record PolicyTexts(
    Jurisdiction jurisdiction, Settings defaults, TextCoverage coverage, Optional<List<Finding>> findings) {
  /**
   * Rejects a missing value.
   *
   * @param jurisdiction the jurisdiction
   * @param defaults the values its entries show
   * @param coverage its documents' coverage
   * @param findings the policy check's findings, or empty
   */
  public PolicyTexts {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(coverage, "coverage");
    findings = findings.map(List::copyOf);
  }

  /**
   * The {@code srdi-document-1} JSON, indented, ending in a line break.
   *
   * @return the JSON text
   */
  public String toJson() {
    return Json.pretty(DocumentJson.of(jurisdiction, defaults, coverage, findings));
  }

  /**
   * One self-contained HTML page (inline CSS, no script, nothing fetched), written from the same JSON.
   *
   * @return the HTML text
   */
  public String toHtml() {
    return DocumentHtml.of(DocumentJson.of(jurisdiction, defaults, coverage, findings));
  }
}
