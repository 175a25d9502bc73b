package dev.srdi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A city's example scenario in {@code seeds/examples/} and its golden {@code srdi evaluate} output, checked
 * against the same enterprises built in Java: the plugin cannot parse JSON, so a test mirrors the file, and
 * this check keeps the file, its golden output and the mirror from drifting apart.
 */
public final class ExampleScenarios {
  /** From a plugin module ({@code jurisdictions/<city>}), the repository's example folder. */
  private static final Path EXAMPLES = Path.of("..", "..", "seeds", "examples");

  private static final Pattern ENTERPRISE_TOTAL = Pattern.compile("\"id\"\\s*:\\s*\"[^\"]*\",\\s*\"total\"");

  private ExampleScenarios() {}

  /**
   * The example of {@code city} holds exactly the enterprises of {@code totals}; the golden output gives each
   * the total in {@code totals} and the summary {@code summaryTotal}; and the mirror gives the same totals.
   */
  public static void assertSameTotals(
      String city, Map<String, String> totals, String summaryTotal, Map<EnterpriseId, EnterpriseResult> mirror) {
    String scenario = read(city + ".json");
    String golden = read(city + ".evaluate.json");
    // Each evaluated enterprise stands once in the golden output as {"id": …, "total": …}.
    assertEquals(totals.size(), ENTERPRISE_TOTAL.matcher(golden).results().count(),
        city + ".evaluate.json holds other enterprises than the mirror");
    totals.forEach((id, total) -> {
      assertTrue(scenario.contains("\"" + id + "\""), id + " is not in " + city + ".json");
      assertTrue(Pattern.compile("\"id\"\\s*:\\s*\"" + Pattern.quote(id) + "\",\\s*\"total\"\\s*:\\s*\""
          + Pattern.quote(total) + "\"").matcher(golden).find(), () -> id + " does not total " + total + " in "
          + city + ".evaluate.json");
      EnterpriseResult mirrored = mirror.get(EnterpriseId.of(id));
      assertTrue(mirrored != null, id + " is not in the Java mirror");
      assertEquals(Money.yuan(total), mirrored.total(), id);
    });
    assertTrue(golden.contains("\"total\": \"" + summaryTotal + "\""), "summary total " + summaryTotal);
  }

  private static String read(String file) {
    try {
      return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
