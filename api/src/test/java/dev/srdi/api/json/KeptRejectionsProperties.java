package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.measure.Condition;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import dev.srdi.testkit.PropertyRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Rejections written through the cache of whole rejections are the bytes written field by field, whichever
 * of their parts they share: the same words with other conditions, missing facts, measure or year, equal
 * words that are not the same instance, words met once, twice or many times; a rejection that fails to be
 * written leaves the next ones right; and the cache keeps a bounded number of words.
 */
final class KeptRejectionsProperties {
  private static final JsonBytes.Name MEASURE = JsonBytes.name("measure");
  private static final JsonBytes.Name YEAR = JsonBytes.name("year");
  private static final JsonBytes.Name REASON = JsonBytes.name("reason");
  private static final JsonBytes.Name MISSING = JsonBytes.name("missingFacts");
  private static final JsonBytes.Name CONDITIONS = JsonBytes.name("conditions");

  @Test
  void rejectionsSharingAnyOfTheirPartsAreWrittenAsTheirOwnFields() {
    List<Words> words = List.of(Words.of("held no recognition in 2023 (桂😀)"), Words.lazily(() -> "lazily \"written\""),
        Words.of("held no recognition in 2023 (桂😀)"), Words.of("x"));
    List<MeasureId> measures = List.of(MeasureId.of("guilin.growth-award"), MeasureId.of("guilin.first-city-srdi-award"));
    List<List<String>> missing = List.of(List.of(), List.of("revenue 2023"), List.of("revenue 2023"));
    List<List<Condition>> conditions = List.of(List.of(),
        List.of(Condition.requirement("SRDI SME in 2023", "a valid recognition", Optional.empty(), false)),
        List.of(Condition.requirement("SRDI SME in 2023", "a valid recognition", Optional.of("none"), true)));
    List<Optional<Integer>> years = List.of(Optional.empty(), Optional.of(2023), Optional.of(2024));
    PropertyRun.qt().withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, Integer.MAX_VALUE))
        .ofSizeBetween(1, 60)).checkAssert(picks -> {
          List<NotEligible> rejections = new ArrayList<>();
          for (int pick : picks) {
            // Few combinations, so that most recur; the parts picked by digits of one number.
            rejections.add(new NotEligible(measures.get(pick % 2), words.get(pick / 2 % 4), missing.get(pick / 8 % 3),
                years.get(pick / 24 % 3), conditions.get(pick / 72 % 3)));
          }
          assertArrayEquals(written(null, rejections), written(new KeptRejections(), rejections));
        });
  }

  @Test
  void aRejectionThatFailsLeavesTheNextOnesRight() {
    var cache = new KeptRejections();
    var rejection = NotEligible.because(MeasureId.of("testland.award"), 2023, "桂林");
    var out = new JsonBytes();
    out.reset();
    out.startArray();
    cache.write(out, rejection, r -> body(out, r));
    assertThrows(IllegalStateException.class, () -> cache.write(out, rejection, r -> {
      body(out, r);
      throw new IllegalStateException("a text that cannot be made");
    }));
    List<NotEligible> three = List.of(rejection, rejection, rejection);
    assertArrayEquals(written(null, three), written(cache, three));
  }

  @Test
  void theCacheKeepsABoundedNumberOfWords() {
    var cache = new KeptRejections();
    List<NotEligible> rejections = new ArrayList<>();
    NotEligible recurring = NotEligible.because(MeasureId.of("testland.award"), 2023, "常用");
    for (int i = 0; i < 3 * KeptRejections.ENTRIES; i++) {
      NotEligible fresh = NotEligible.because(MeasureId.of("testland.award"), "原因 " + i);
      rejections.addAll(List.of(fresh, fresh, recurring));
    }
    assertArrayEquals(written(null, rejections), written(cache, rejections));
    assertTrue(cache.kept() <= KeptRejections.ENTRIES + KeptRejections.SEEN, cache.kept() + " words kept");
  }

  /** The rejections as an array, each through the cache, or written field by field when it is null. */
  private static byte[] written(KeptRejections cache, List<NotEligible> rejections) {
    var out = new JsonBytes();
    out.reset();
    out.startArray();
    for (NotEligible r : rejections) {
      if (cache == null) {
        body(out, r);
      } else {
        cache.write(out, r, n -> body(out, n));
      }
    }
    out.endArray();
    return out.copy(0);
  }

  private static void body(JsonBytes out, NotEligible n) {
    out.startObject();
    out.field(MEASURE);
    out.string(n.measure().value());
    if (n.year().isPresent()) {
      out.field(YEAR);
      out.number(n.year().get());
    }
    out.field(REASON);
    out.string(n.reason());
    out.field(MISSING);
    out.startArray();
    n.missingFacts().forEach(out::string);
    out.endArray();
    out.field(CONDITIONS);
    out.startArray();
    for (Condition c : n.conditions()) {
      out.startObject();
      out.field(REASON);
      out.string(c.fact() + c.requires() + c.has() + c.met());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }
}
