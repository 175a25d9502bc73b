package dev.srdi.cli;

import static dev.srdi.cli.Cli.run;
import static dev.srdi.schemas.Schemas.EVALUATION;
import static dev.srdi.schemas.Schemas.assertValid;
import static dev.srdi.schemas.Schemas.definition;
import static dev.srdi.schemas.Schemas.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.srdi.api.Srdi;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command of the contract on the example scenarios shipped in {@code seeds/examples/}: one
 * {@code <city>.json} per city, whose {@code srdi evaluate} output must equal {@code <city>.evaluate.json}
 * byte for byte (the amounts there were checked by hand against the text), and JSON Lines portfolios.
 */
final class SeedExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "seeds", "examples");
  private static final String AS_OF = "2025-12-31";

  @TestFactory
  Stream<DynamicTest> every_city_has_an_example_and_every_command_works_on_it() {
    Srdi srdi = Srdi.load();
    var tests = new ArrayList<DynamicTest>();
    for (Jurisdiction j : srdi.registry().all()) {
      if (j.id().value().equals("testland")) {
        continue;
      }
      String id = j.id().value();
      Path scenario = EXAMPLES.resolve(id + ".json");
      tests.add(dynamicTest(id + ": the example exists and validates", () -> {
        assertTrue(Files.isRegularFile(scenario), "seeds/examples/" + id + ".json is missing");
        var r = run("validate", "--scenario", scenario.toString());
        assertEquals(0, r.exit(), r.err());
      }));
      tests.add(dynamicTest(id + ": evaluate gives the hand-checked amounts, byte for byte", () -> {
        var r = run("evaluate", "-j", id, "-s", scenario.toString(), "-f", "json");
        assertEquals(0, r.exit(), r.err());
        assertValid(schema(EVALUATION), r.out(), id + " evaluation");
        assertEquals(read(EXAMPLES.resolve(id + ".evaluate.json")), r.out(),
            "seeds/examples/" + id + ".evaluate.json differs from what srdi evaluate now says");
      }));
      tests.add(dynamicTest(id + ": evaluate as a table and as CSV", () -> {
        var table = run("evaluate", "-j", id, "-s", scenario.toString());
        assertEquals(0, table.exit(), table.err());
        TableAssertions.assertAligned(table.out());
        var csv = run("evaluate", "-j", id, "-s", scenario.toString(), "-f", "csv");
        assertEquals(0, csv.exit(), csv.err());
      }));
      tests.add(dynamicTest(id + ": compare, targets, duties and measures", () -> {
        for (String[] args : List.of(
            new String[] {"compare", "-s", scenario.toString()},
            new String[] {"targets", "-j", id, "-s", scenario.toString(), "--year", "2025"},
            new String[] {"targets", "-j", id, "-s", scenario.toString(), "--year", "2025", "-f", "json"},
            new String[] {"duties", "-j", id, "--month", "2025-03"},
            new String[] {"measures", "-j", id})) {
          var r = run(args);
          assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
          assertTrue(!r.out().isBlank(), String.join(" ", args));
        }
      }));
      tests.add(dynamicTest(id + ": a what-if on an amount parameter runs and says what changed", () -> {
        Parameter<?> amount = j.parameters().stream()
            .filter(p -> p.unit() == Unit.YUAN)
            .min(Comparator.comparing(Parameter::id))
            .orElseThrow(() -> new AssertionError(id + " has no amount parameter"));
        Money doubled = ((Money) amount.defaultValue()).times(2);
        var r = run("whatif", "-j", id, "-s", scenario.toString(), "--set", amount.id() + "=" + doubled.toFenString(),
            "-f", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(amount.id().value()), r.out());
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> every_json_lines_portfolio_gives_one_line_out_per_line_in() throws IOException {
    List<Path> portfolios;
    try (var files = Files.list(EXAMPLES)) {
      portfolios = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assertTrue(!portfolios.isEmpty(), "seeds/examples holds no .jsonl portfolio");
    var tests = new ArrayList<DynamicTest>();
    for (Path portfolio : portfolios) {
      for (Jurisdiction j : Srdi.load().registry().all()) {
        tests.add(dynamicTest(portfolio.getFileName() + " under " + j.id(), () -> {
          var r = run("evaluate", "-j", j.id().value(), "-s", portfolio.toString(), "--as-of", AS_OF, "-f", "json");
          assertEquals(0, r.exit(), r.err());
          long in = read(portfolio).lines().count();
          List<String> out = r.out().lines().toList();
          assertEquals(in, out.size());
          for (String line : out) {
            // The city's own firms are evaluated; the others keep their places as skipped lines.
            String kind = line.contains("\"skipped\":") ? "lineSkipped" : "enterpriseResult";
            assertValid(definition(EVALUATION, kind), line, "JSON Lines " + kind);
          }
        }));
      }
    }
    return tests.stream();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
