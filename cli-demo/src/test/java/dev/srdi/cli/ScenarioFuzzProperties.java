package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.srdi.api.json.ScenarioReader;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.testkit.PropertyRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Mutated example scenarios fed to the reader and, where they still read, to the engine of every
 * city: each input gives a result or typed input errors, never an exception, and promptly.
 */
final class ScenarioFuzzProperties {
  private static final Duration BOUND = Duration.ofSeconds(2);
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final List<String> HOSTILE = List.of("1e999999999", "1e400", "-1", "0", "null", "true", "\"\"", "{}",
      "[]", "[[[[[[[[", "}", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "\\udc00X", "\u202e", "\u001b[2J",
      "99999999999999999999", "2147483647", "\"9999-12-31\"", "\"0000-01-01\"", "\"RENEWAL\"", "\"NATIONAL\"",
      "\"KEY_LITTLE_GIANT\"", "\"SINGLE_CHAMPION\"", "\"1234567890123456.789\"", "\n", "\r", "\t", "\uFEFF", "ÿ");

  private static final JurisdictionRegistry REGISTRY = JurisdictionRegistry.load();
  private static final ScenarioReader READER = ScenarioReader.accepting(
      REGISTRY.all().stream().flatMap(j -> j.achievementTypes().stream()).toList());
  private static final Engine ENGINE = new Engine();
  private static final List<String> EXAMPLES = List.of(read("zhanjiang.json"), read("xiangxiang.json"),
      read("guilin.json"));

  /** A mutation: in example {@code example}, the text from {@code at} for {@code length} characters becomes {@code token}. */
  private record Mutation(int example, int at, int length, String token) {
    String apply() {
      String text = EXAMPLES.get(example);
      int from = Math.min(at, text.length());
      int to = Math.min(text.length(), from + length);
      return text.substring(0, from) + token + text.substring(to);
    }

    @Override
    public String toString() {
      return "example " + example + ", characters " + at + ".." + (at + length) + " replaced by '" + token + "'";
    }
  }

  private static Gen<Mutation> mutations() {
    int longest = EXAMPLES.stream().mapToInt(String::length).max().orElseThrow();
    return integers().between(0, EXAMPLES.size() - 1)
        .zip(integers().between(0, longest), integers().between(0, 12), integers().between(0, HOSTILE.size() - 1),
            (example, at, length, token) -> new Mutation(example, at, length, HOSTILE.get(token)));
  }

  @Test
  void a_mutated_scenario_reads_or_is_refused_with_errors_and_a_read_one_evaluates_in_every_city() {
    PropertyRun.qt().withExamples(1000).forAll(mutations()).checkAssert(mutation ->
        assertTimeoutPreemptively(BOUND, () -> {
          var read = READER.scenario(mutation.apply());
          if (read.isInvalid()) {
            assertFalse(read.getError().isEmpty(), mutation.toString());
            read.getError().forEach(e -> assertFalse(e.describe().isBlank(), mutation.toString()));
            return;
          }
          for (Jurisdiction j : REGISTRY.all()) {
            var result = ENGINE.evaluate(j, read.get().portfolio(), read.get().asOf().orElse(AS_OF),
                ENGINE.settings(j, Overrides.none()).get());
            result.enterprises().forEach(r -> assertFalse(r.isFailed(), mutation + ": " + r.fault()));
          }
        }, mutation::toString));
  }

  private static String read(String example) {
    try {
      return Files.readString(Path.of("..", "seeds", "examples", example), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
