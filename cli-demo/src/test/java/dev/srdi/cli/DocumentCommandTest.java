package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.core.facts.Portfolio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DocumentCommandTest {
  private static final Srdi SRDI = Srdi.load();
  private static final Portfolio EMPTY = Portfolio.of(List.of());
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Test
  void json_is_the_facade_s_and_the_counts_add_up() throws Exception {
    var r = run("document", "-j", "zhanjiang", "-f", "json", "--sample", "0");
    assertEquals(0, r.exit(), r.err());
    assertEquals(SRDI.document("zhanjiang", EMPTY, AS_OF).get().toJson(), r.out());
    assertTrue(Json.mapper().readTree(r.out()).get("checked").asBoolean(), "the policy check ran");
    JsonNode summary = Json.mapper().readTree(r.out()).get("summary");
    assertEquals(summary.get("clauses").asInt(), summary.get("encoded").asInt() + summary.get("interpreted").asInt()
        + summary.get("noRule").asInt() + summary.get("notEncoded").asInt());
    assertEquals(2, summary.get("notEncoded").asInt(), "the notice's 径向…反映 and the closing 负责解释: " + summary);
  }

  @Test
  void html_goes_to_the_file_and_nothing_to_stdout(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("guilin.html");
    var r = run("document", "-j", "guilin", "--format", "html", "--out", page.toString(), "--sample", "0");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(SRDI.document("guilin", EMPTY, AS_OF).get().toHtml(), Files.readString(page, StandardCharsets.UTF_8));
  }

  @Test
  void the_table_lists_each_clause_with_its_status_and_an_unknown_city_exits_2() {
    var r = run("document", "-j", "xiangxiang");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("专精特新培育计划 三、（二）6"), r.out());
    assertTrue(r.out().contains("interpreted"), r.out());
    TableAssertions.assertAligned(r.out());

    var sampled = run("document", "-j", "xiangxiang", "-f", "json");
    assertEquals(0, sampled.exit(), sampled.err());

    var unknown = run("document", "-j", "atlantis");
    assertEquals(2, unknown.exit());
    assertEquals("", unknown.out());
  }

  @Test
  void a_file_that_cannot_be_written_exits_2(@TempDir Path dir) {
    var r = run("document", "-j", "guilin", "-f", "html", "--out", dir.resolve("no/such/folder/page.html").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("cannot write the file"), r.err());
  }

  @Test
  void the_readme_s_coverage_table_says_what_the_command_counts() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (var city : List.of(List.of("zhanjiang", "Zhanjiang"), List.of("xiangxiang", "Xiangxiang"), List.of("guilin", "Guilin"))) {
      JsonNode s = Json.mapper().readTree(SRDI.document(city.get(0)).get().toJson()).get("summary");
      String row = "| " + city.get(1) + " | " + s.get("clauses") + " | " + s.get("encoded") + " | " + s.get("interpreted")
          + " | " + s.get("noRule") + " | " + s.get("notEncoded");
      assertTrue(readme.contains(row), "README lacks the row " + row);
    }
  }
}
