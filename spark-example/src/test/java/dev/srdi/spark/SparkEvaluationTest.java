package dev.srdi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.cli.generate.PortfolioGenerator;
import dev.srdi.cli.main.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark step in local mode on a generated portfolio, against {@code srdi evaluate} on the same
 * file: the same result line for every enterprise, and the same total per city.
 */
class SparkEvaluationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final int ENTERPRISES = 2_000;

  @TempDir static Path dir;
  private static Path portfolio;
  private static SparkSession spark;

  @BeforeAll
  static void setUp() throws IOException {
    portfolio = dir.resolve("portfolio.jsonl");
    Files.write(portfolio, generated(), StandardCharsets.UTF_8);
    spark = SparkSession.builder().master("local[*]").appName("srdi-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void tearDown() {
    spark.stop();
  }

  @Test
  void everyCityPaysWhatTheCommandLinePays() {
    for (String city : List.of("guilin", "xiangxiang", "zhanjiang")) {
      List<String> cli = cliLines(city);
      Dataset<EvaluatedRecord> evaluated =
          SparkEvaluation.evaluate(spark.read().textFile(portfolio.toString()).repartition(4), city, AS_OF);

      List<String> onSpark = new ArrayList<>(evaluated.map(
          (org.apache.spark.api.java.function.MapFunction<EvaluatedRecord, String>) EvaluatedRecord::getJson,
          org.apache.spark.sql.Encoders.STRING()).collectAsList());
      Row sums = evaluated.agg(functions.sum("total"), functions.count("id"),
          functions.sum(functions.col("valid").cast("int"))).first();

      assertEquals(sorted(cli), sorted(onSpark), city + ": the same result line for every enterprise");
      assertEquals(0, totalOf(cli).compareTo(sums.getDecimal(0)), city + ": the same total");
      assertEquals(ENTERPRISES, sums.getLong(1));
      assertEquals(ENTERPRISES, sums.getLong(2), "every generated record is valid");
      assertTrue(totalOf(cli).signum() > 0, city + " pays someone");
    }
  }

  private static List<String> cliLines(String city) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("evaluate", "-j", city, "-s", portfolio.toString(), "--as-of", AS_OF.toString(),
        "--format", "json", "--all-enterprises");
    assertEquals(Main.OK, code, err.toString());
    return out.toString().lines().toList();
  }

  private static BigDecimal totalOf(List<String> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (String line : lines) {
      JsonNode node;
      try {
        node = Json.mapper().readTree(line);
      } catch (IOException e) {
        throw new AssertionError("the command printed a line that is not JSON: " + line, e);
      }
      total = total.add(new BigDecimal(node.get("total").asText()));
    }
    return total;
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  private static List<String> generated() {
    var generator = new PortfolioGenerator(42, Srdi.load().jurisdictions());
    var lines = new ArrayList<String>();
    for (int i = 0; i < ENTERPRISES; i++) {
      lines.add(Json.compact(generator.next()));
    }
    return lines;
  }
}
