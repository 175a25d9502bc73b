package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code srdi sweep}: one parameter over its values, every city at once, with the table, the CSV, the JSON and the chart. */
final class SweepCommandTest {
  private static final String PORTFOLIO = Path.of("..", "seeds", "examples", "portfolio.jsonl").toString();
  private static final String RATE = "guilin.growth-award.rate=1‰..10‰:1‰";
  private static final String CAPS = "guilin.growth-award.cap=1万,2万,5万,50万";

  @Test
  void each_value_is_a_whole_portfolio_evaluation_and_the_text_s_own_value_is_the_baseline() throws Exception {
    var r = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode points = Json.mapper().readTree(r.out()).get("points");
    assertEquals(10, points.size());
    var whatIf = Json.mapper().readTree(run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "-f", "json").out());
    // 3‰ is what the text says: that point is the portfolio's baseline.
    assertEquals("3‰", points.get(2).get("value").asText());
    assertEquals(whatIf.get("total").get("baseline").asText(), points.get(2).get("total").asText());
    // The award is linear in the rate below its cap here, so equal steps cost equal amounts; only Guilin's fund moves.
    BigDecimal step = total(points.get(1)).subtract(total(points.get(0)));
    for (int i = 1; i < points.size(); i++) {
      assertEquals(step, total(points.get(i)).subtract(total(points.get(i - 1))), "step " + i);
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode fund : points.get(i).get("byFund")) {
        sum = sum.add(new BigDecimal(fund.asText()));
      }
      assertEquals(total(points.get(i)), sum, "the funds add up to the total");
      assertEquals(points.get(0).get("byFund").get("zhanjiang.fund-1"), points.get(i).get("byFund").get("zhanjiang.fund-1"));
    }
  }

  @Test
  void the_svg_chart_is_valid_svg_of_the_stated_size_with_every_value_and_the_axis_units(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("rate.svg");
    var r = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--chart", svg.toString(), "-f", "csv");
    assertEquals(0, r.exit(), r.err());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // Well-formed is checked here; the SVG 1.1 DTD its DOCTYPE names is not fetched (no network in the build).
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(960.0, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
    assertEquals(540.0, Double.parseDouble(doc.getDocumentElement().getAttribute("height")));
    var texts = new ArrayList<String>();
    NodeList nodes = doc.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    for (int v = 1; v <= 10; v++) {
      assertTrue(texts.contains(v + "‰"), v + "‰ is not a label: " + texts);
    }
    assertTrue(texts.contains("guilin.growth-award.rate (permille)"), texts.toString());
    assertTrue(texts.contains("Total cost 总费用 (yuan 元)"), "the Chinese is kept as text: " + texts);
    assertTrue(texts.contains("guilin.fund-1"), "the fund that changes has its own line: " + texts);
    // The CSV printed beside the chart is the chart's data.
    List<String> rows = r.out().lines().skip(1).toList();
    assertEquals(10, rows.size());
  }

  @Test
  void the_png_chart_is_a_png_of_the_stated_size(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("rate.png");
    var r = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", "guilin.growth-award.rate=2‰,4‰",
        "--chart", png.toString());
    assertEquals(0, r.exit(), r.err());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(960, image.getWidth());
    assertEquals(540, image.getHeight());
  }

  @Test
  void an_interpretation_is_swept_over_its_choices_and_matches_the_what_if() throws Exception {
    var r = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--interpretation", "zhanjiang.highest-only", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode points = Json.mapper().readTree(r.out()).get("points");
    assertEquals(2, points.size());
    for (JsonNode p : points) {
      var w = Json.mapper().readTree(run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--interpretation",
          "zhanjiang.highest-only=" + p.get("value").asText(), "-f", "json").out());
      assertEquals(w.get("total").get("variant").asText(), p.get("total").asText(), p.toString());
    }
  }

  @Test
  void mistakes_are_usage_errors() {
    assertEquals(2, run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", "guilin.growth-award.rate=5‰").exit(),
        "nothing to sweep");
    assertEquals(2, run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--set", CAPS, "--interpretation",
        "zhanjiang.highest-only").exit(), "three axes");
    assertEquals(2, run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--set", RATE).exit(),
        "the same axis twice");
    var unit = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", "guilin.growth-award.rate=1‰..10%:1‰");
    assertEquals(2, unit.exit());
    assertTrue(unit.err().contains("same unit"), unit.err());
    assertEquals(2, run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--chart", "x.gif").exit());
    var unknown = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", "atlantis.rate=1..2:1");
    assertEquals(2, unknown.exit());
    assertEquals("", unknown.out());
  }

  @Test
  void two_axes_make_a_grid_whose_every_point_is_the_what_if_of_both_values() throws Exception {
    var r = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", "guilin.growth-award.rate=2‰,8‰", "--interpretation",
        "zhanjiang.highest-only", "-f", "json");
    assertEquals(0, r.exit(), r.err());
    dev.srdi.schemas.Schemas.assertValid(dev.srdi.schemas.Schemas.schema(dev.srdi.schemas.Schemas.SWEEP), r.out(), "grid");
    JsonNode grid = Json.mapper().readTree(r.out());
    assertEquals("zhanjiang.highest-only", grid.get("across").get("interpretation").asText());
    JsonNode points = grid.get("points");
    assertEquals(4, points.size(), "two rates × two choices");
    for (JsonNode p : points) {
      var w = Json.mapper().readTree(run("whatif", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set",
          "guilin.growth-award.rate=" + p.get("value").asText(), "--interpretation",
          "zhanjiang.highest-only=" + p.get("across").asText(), "-f", "json").out());
      assertEquals(w.get("total").get("variant").asText(), p.get("total").asText(), p.toString());
    }
    assertEquals(points.get(0).get("value"), points.get(1).get("value"), "the first axis is the outer one");
  }

  @Test
  void a_grid_s_csv_and_table_put_the_first_axis_down_and_the_second_across_and_its_chart_has_a_line_per_column(
      @TempDir Path dir) throws Exception {
    Path svg = dir.resolve("grid.svg");
    var csv = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--set", CAPS, "-f", "csv",
        "--chart", svg.toString());
    assertEquals(0, csv.exit(), csv.err());
    List<String> rows = csv.out().lines().toList();
    assertEquals("guilin.growth-award.rate\\guilin.growth-award.cap,1万,2万,5万,50万", rows.get(0));
    assertEquals(11, rows.size(), "a header and a row per rate");
    var json = Json.mapper().readTree(run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--set", CAPS,
        "-f", "json").out());
    // Row 4‰, column 2万 of the CSV is the point (4‰, 2万) of the JSON.
    JsonNode point = json.get("points").get(3 * 4 + 1);
    assertEquals("4‰", point.get("value").asText());
    assertEquals("2万", point.get("across").asText());
    assertEquals(point.get("total").asText(), rows.get(4).split(",")[2]);
    // A cap binds: at 1万 the cost stops growing with the rate, at 50万 it does not.
    assertEquals(rows.get(5).split(",")[1], rows.get(10).split(",")[1]);
    assertTrue(new BigDecimal(rows.get(10).split(",")[4]).compareTo(new BigDecimal(rows.get(5).split(",")[4])) > 0);
    var table = run("sweep", "-s", PORTFOLIO, "--as-of", "2025-12-31", "--set", RATE, "--set", CAPS);
    assertEquals(1, Cli.tables(table.out()).size(), table.out());
    assertTrue(Cli.tables(table.out()).get(0).get(1).contains("| 50万"), table.out());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(svg.toFile());
    assertEquals(960.0, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
    var texts = new ArrayList<String>();
    NodeList nodes = doc.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    for (String cap : List.of("1万", "2万", "5万", "50万")) {
      assertTrue(texts.contains("guilin.growth-award.cap = " + cap), "a line per cap: " + texts);
    }
  }

  @Test
  void the_facade_says_how_far_the_sweep_is_and_evaluates_each_city_once_per_setting_it_sees() {
    var srdi = dev.srdi.api.Srdi.load();
    var scenario = dev.srdi.cli.ScenarioFiles.load(srdi, Path.of(PORTFOLIO), true, java.util.Optional.of(
        java.time.LocalDate.of(2025, 12, 31)));
    var told = new ArrayList<String>();
    var sweep = srdi.sweep(scenario, dev.srdi.api.Reform.none(), List.of(
        dev.srdi.api.SweepAxis.parameter("guilin.growth-award.rate", "1‰..3‰:1‰").get(),
        dev.srdi.api.SweepAxis.parameter("guilin.growth-award.cap", "1万,2万").get()), (done, total) -> told.add(done + "/" + total));
    assertTrue(sweep.isRight(), sweep.toString());
    // Guilin under each of the six pairs, Xiangxiang and Zhanjiang once each: eight evaluations, told in order.
    assertEquals(List.of("1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8"), told);
    assertEquals(6, sweep.get().points().size());
  }

  private static BigDecimal total(JsonNode point) {
    return new BigDecimal(point.get("total").asText());
  }
}
