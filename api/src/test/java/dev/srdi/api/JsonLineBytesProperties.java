package dev.srdi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.api.lines.JsonLineFormat;
import dev.srdi.api.lines.LineBytes;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The JSON Lines records generated straight to bytes are, byte for byte, the records of the tree ({@link
 * EvaluationJson}) written by {@link Json#compact} and encoded to UTF-8 as the command's output encodes
 * them: for enterprises of every city evaluated under every city, whole or cut to a year, and for error
 * and skipped records holding any text (pairs outside the BMP, lone surrogates, control characters,
 * quotes, strings longer than the generator's buffer).
 */
final class JsonLineBytesProperties {
  private static final Srdi SRDI = Srdi.load();
  private static final JsonLineFormat FORMAT = new JsonLineFormat();

  /** An enterprise, the city it is evaluated under, the day, and the year the result may be cut to. */
  private record Case(Enterprise enterprise, Jurisdiction under, LocalDate asOf, Optional<Integer> year) {}

  @Test
  void anEvaluatedRecordIsTheTreesCompactTextEncoded() {
    PropertyRun.qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      EnterpriseResult whole = SRDI.evaluate(c.under().id().value(), c.enterprise(), c.asOf())
          .getOrElseThrow(problem -> new AssertionError(problem.message()));
      EnterpriseResult result = c.year().map(whole::onlyYear).orElse(whole);
      assertSameBytes(tree(Json.compact(EvaluationJson.enterprise(result))), bytes(FORMAT.evaluated(7, result)),
          c.enterprise().id() + " under " + c.under().id() + " as of " + c.asOf() + ", year " + c.year());
    });
  }

  @Test
  void anErrorRecordIsTheTreesCompactTextEncodedWhateverItsText() {
    PropertyRun.qt().withExamples(500)
        .forAll(SourceDSL.integers().between(1, Integer.MAX_VALUE), texts(), texts(), Generate.booleans())
        .checkAssert((line, id, message, named) -> {
          Optional<String> maybeId = named ? Optional.of(id) : Optional.empty();
          assertSameBytes(tree(Json.compact(EvaluationJson.lineError(maybeId, line, message))),
              bytes(FORMAT.invalid(line, maybeId, message)), "an error record");
        });
  }

  @Test
  void aSkippedRecordIsTheTreesCompactTextEncodedWhateverItsText() {
    PropertyRun.qt().withExamples(300).forAll(SourceDSL.integers().between(1, 1_000_000), texts())
        .checkAssert((line, reason) -> {
          Enterprise enterprise = Enterprise.builder().id(EnterpriseId.of("e-" + line + "-桂😀")).build();
          assertSameBytes(tree(Json.compact(EvaluationJson.lineSkipped("e-" + line + "-桂😀", line, reason))),
              bytes(FORMAT.skipped(line, enterprise, reason)), "a skipped record");
        });
  }

  /** The tree's text as the command's output writes it: a line end, then UTF-8 (a lone surrogate as '?'). */
  private static byte[] tree(String compact) {
    return (compact + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(LineBytes record) {
    var out = new ByteArrayOutputStream();
    try {
      record.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Equal bytes, or a failure that shows the first byte that differs and the bytes around it. */
  private static void assertSameBytes(byte[] expected, byte[] actual, String what) {
    int at = Arrays.mismatch(expected, actual);
    if (at >= 0) {
      assertEquals(around(expected, at), around(actual, at), what + ": the bytes differ from byte " + at + " of "
          + expected.length + " (" + actual.length + " written)");
    }
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 60);
    int to = Math.min(bytes.length, at + 60);
    var hex = new StringBuilder();
    for (int i = at; i < Math.min(to, at + 12); i++) {
      hex.append(String.format("%02x ", bytes[i]));
    }
    return new String(bytes, from, to - from, StandardCharsets.UTF_8) + " [from byte " + at + ": " + hex + "]";
  }

  private static Gen<Case> cases() {
    Gen<Jurisdiction> cities = Generate.pick(SRDI.jurisdictions());
    return in -> {
      Jurisdiction own = cities.generate(in);
      Enterprise e = EnterpriseGens.enterprises(own).generate(in);
      // Now and then an id of any valid text, so that the record's strings are not all ASCII.
      Enterprise named = Generate.booleans().generate(in)
          ? Enterprise.builder().from(e).id(EnterpriseId.of("企业-" + e.id().value() + "-😀\"\\\t")).build()
          : e;
      LocalDate asOf = EnterpriseGens.asOfDates().generate(in);
      Optional<Integer> year = Generate.booleans().generate(in)
          ? Optional.of(SourceDSL.integers().between(asOf.getYear() - 5, asOf.getYear()).generate(in))
          : Optional.empty();
      return new Case(named, cities.generate(in), asOf, year);
    };
  }

  /** Text of any kind, at times longer than the generator's buffer, so that a pair may straddle its end. */
  private static Gen<String> texts() {
    List<String> pieces = List.of("a", "Z", "0", " ", "桂", "林", "é", "\u007f", "\u0085", "\u2028", "\u0000", "\u001f",
        "\n", "\r", "\t", "\"", "\\", "/", "<", "😀", "\ud83d\ude00", "\ud800", "\udc00", "\udbff\udfff", "\ufffd");
    Gen<String> piece = Generate.pick(pieces);
    Gen<Integer> length = Generate.frequency(List.of(
        Pair.of(4, SourceDSL.integers().between(0, 40)), Pair.of(1, SourceDSL.integers().between(900, 9000))));
    return in -> {
      int n = length.generate(in);
      var out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        out.append(piece.generate(in));
      }
      return out.toString();
    };
  }
}
