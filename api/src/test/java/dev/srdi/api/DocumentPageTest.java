package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.DocumentJson;
import dev.srdi.api.json.Json;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.text.Citing;
import dev.srdi.core.text.Clause;
import dev.srdi.core.text.TextCoverage;
import dev.srdi.core.check.Finding;
import dev.srdi.core.check.PolicyCheck;
import dev.srdi.core.parameter.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The document page of each city, parsed: every clause in order, every citation linked both ways, the JSON's counts. */
final class DocumentPageTest {
  private static final Srdi SRDI = Srdi.load();
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");

  @TestFactory
  Stream<DynamicTest> each_city_s_page() {
    return Stream.of("zhanjiang", "xiangxiang", "guilin")
        .map(id -> DynamicTest.dynamicTest(id, () -> check(SRDI.jurisdiction(id).get())));
  }

  @Test
  void a_document_whose_text_is_not_on_the_class_path_is_listed_as_missing() throws Exception {
    JsonNode json = Json.mapper().readTree(SRDI.document("testland").get().toJson());
    assertEquals("[\"testland-plan\"]", json.get("missingTexts").toString());
    assertEquals(0, json.get("summary").get("clauses").asInt());
    assertTrue(SRDI.document("atlantis").isLeft(), "an unknown jurisdiction is a problem");
  }

  private static void check(Jurisdiction j) throws Exception {
    Scenario scenario = SRDI.readScenario(Files.readString(EXAMPLES.resolve(j.id().value() + ".json"),
        StandardCharsets.UTF_8)).get();
    LocalDate asOf = scenario.asOf().orElseThrow();
    PolicyTexts texts = SRDI.document(j.id().value(), scenario.portfolio(), asOf).get();
    Document page = Jsoup.parse(texts.toHtml());
    JsonNode json = Json.mapper().readTree(texts.toJson());
    TextCoverage coverage = TextCoverage.of(j);
    assertEquals(List.of(), coverage.missing(), "every document's text is on the class path");

    List<String> expected = coverage.documents().stream().flatMap(d -> d.text().clauses().stream())
        .map(Clause::label).toList();
    List<String> shown = page.select("article.clause").stream().map(a -> a.attr("data-clause")).toList();
    assertEquals(expected, shown, "every clause, in the document's order");
    var words = new ArrayList<String>();
    coverage.documents().forEach(d -> d.text().clauses().forEach(c -> words.add(c.text().replace("\n", ""))));
    assertEquals(words, page.select("article.clause .text").stream().map(e -> textWithout(e, "sup")).toList(),
        "each clause in its own words");

    for (Citing c : TextCoverage.citing(j)) {
      String entry = DocumentJson.entryAnchor(c);
      String span = DocumentJson.spanAnchor(c);
      Element box = page.getElementById(entry);
      assertNotNull(box, "an entry for " + entry);
      assertEquals(1, page.select("[id=" + entry + "]").size(), "one entry for " + entry);
      assertEquals(1, box.select("a.back[href=#" + span + "]").size(), entry + " links back to its quote");
      Element quote = page.getElementById(span);
      assertNotNull(quote, "a quoted span for " + entry);
      Element clause = quote.closest("article.clause");
      assertNotNull(clause);
      assertEquals(c.citation().clause(), clause.attr("data-clause"), entry + "'s quote is in the clause it cites");
      assertEquals(clause, box.closest("article.clause"), entry + " stands beside its clause");
      assertEquals(1, clause.select("a.to-entry[href=#" + entry + "]").size(), "the quote of " + entry + " links to it");
    }
    assertEquals(TextCoverage.citing(j).size(), page.select("div.entry").size(), "one entry per citation");

    for (String key : List.of("clauses", "encoded", "interpreted", "noRule", "notEncoded")) {
      assertEquals(json.get("summary").get(key).asInt(),
          Integer.parseInt(page.select("#summary tfoot td[data-count=" + key + "]").text()), "total " + key);
      List<Element> rows = page.select("#summary tbody tr");
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(json.get("documents").get(i).get("summary").get(key).asInt(),
            Integer.parseInt(rows.get(i).select("td[data-count=" + key + "]").text()), "document " + (i + 1) + " " + key);
      }
    }
    long statuses = page.select("article.clause").stream().filter(a -> a.hasClass("notEncoded")).count();
    assertEquals(json.get("summary").get("notEncoded").asInt(), statuses, "not encoded clauses shown as such");

    List<Finding> findings = PolicyCheck.run(j, Settings.defaults(j.parameters(), j.interpretations()),
        scenario.portfolio(), asOf);
    for (Finding f : findings) {
      assertEquals(1, page.select("article.clause[data-clause=" + f.citation().clause() + "] div.finding").stream()
          .filter(e -> e.text().contains(f.code() + " · " + f.subject()) && e.text().contains(f.message())).count(),
          "finding " + f + " beside its clause");
    }
    assertEquals(findings.size(), page.select("div.finding").size(), "every finding, once");

    assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty(), "nothing to run or fetch");
    assertFalse(texts.toHtml().contains("http://") || texts.toHtml().contains("https://") || texts.toHtml().contains("url("),
        "no address to fetch");
    assertEquals(1, page.select("head > style").size(), "the style is inline");
  }

  private static String textWithout(Element e, String selector) {
    Element copy = e.clone();
    copy.select(selector).remove();
    copy.select("br").remove();
    return copy.wholeText();
  }
}
