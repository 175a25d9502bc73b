package dev.srdi.testkit;

import static dev.srdi.testkit.CaseTree.list;
import static dev.srdi.testkit.CaseTree.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.engine.Entitlement;
import dev.srdi.core.engine.PortfolioResult;
import dev.srdi.core.money.Money;
import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A plugin's example cases, the way OpenFisca keeps its tests: each file under the module's
 * {@code src/test/resources/cases/} names a scenario (its input, beside the case file, or else relative to the
 * repository, as the shipped cities share the CLI's example scenarios) and gives
 * every enterprise's expected entitlements, as "measure year amount kind" lines, and total. The CLI's
 * golden outputs are checked against the same files.
 */
public final class ExampleCases {
  /** From a plugin module ({@code jurisdictions/<city>}): the repository and the module's cases. */
  private static final Path REPOSITORY = Path.of("..", "..");
  private static final Path CASES = Path.of("src", "test", "resources", "cases");

  private ExampleCases() {}

  /** One test per enterprise of every case file, and one for each file's total. */
  public static Stream<DynamicTest> of(Jurisdiction j) {
    List<Path> files = files(CASES);
    var tests = new ArrayList<DynamicTest>();
    tests.add(dynamicTest(j.id() + " has example cases", () -> assertFalse(files.isEmpty(),
        "no example cases under " + CASES.toAbsolutePath())));
    for (Path file : files) {
      Map<String, Object> expected = map(CaseTree.read(file));
      String name = file.getFileName().toString();
      ScenarioFacts facts = ScenarioFacts.read(scenario(file, (String) expected.get("scenario")));
      PortfolioResult result = TestKit.engine().evaluate(j, facts.portfolio(), facts.asOf(),
          TestKit.engine().defaults(j));
      Map<String, Object> enterprises = map(expected.get("enterprises"));
      tests.add(dynamicTest(name + ": the case lists exactly the scenario's enterprises", () -> assertEquals(
          result.enterprises().stream().map(e -> e.enterprise().value()).toList(), List.copyOf(enterprises.keySet()))));
      for (EnterpriseResult r : result.enterprises()) {
        Map<String, Object> wanted = map(enterprises.get(r.enterprise().value()));
        tests.add(dynamicTest(name + ": " + r.enterprise() + " gets its entitlements", () -> {
          assertEquals(lines(list(wanted.get("entitlements"))), lines(r), r.enterprise() + " in " + name);
          assertEquals(Money.yuan((String) wanted.get("total")), r.total(), r.enterprise() + "'s total in " + name);
        }));
      }
      tests.add(dynamicTest(name + ": the total", () ->
          assertEquals(Money.yuan((String) expected.get("total")), result.summary().total())));
    }
    return tests.stream();
  }

  /** "guilin.growth-award 2024 60000.00 EXACT", with "-" for an amount another document sets. */
  public static String line(String measure, Object year, Object amount, Object kind) {
    return measure + " " + year + " " + (amount == null ? "-" : amount) + " " + kind;
  }

  private static List<String> lines(EnterpriseResult r) {
    return r.entitlements().stream().map(ExampleCases::line).toList();
  }

  private static String line(Entitlement e) {
    return line(e.measure().value(), e.year(), e.amount().map(Money::toFenString).orElse(null), e.amountKind());
  }

  private static List<String> lines(List<Object> expected) {
    return expected.stream().map(CaseTree::map)
        .map(m -> line((String) m.get("measure"), m.get("year"), m.get("amount"), m.get("kind"))).toList();
  }

  /** A module of its own (a new city, outside the repository) keeps its scenario beside the case. */
  private static Path scenario(Path caseFile, String scenario) {
    if (scenario == null) {
      throw new IllegalArgumentException(caseFile + ": the case names no scenario: add 'scenario: <file>.json', the"
          + " input, beside the case file");
    }
    Path beside = caseFile.resolveSibling(scenario);
    return Files.isRegularFile(beside) ? beside : REPOSITORY.resolve(scenario);
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> found = Files.list(folder)) {
      return found.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
