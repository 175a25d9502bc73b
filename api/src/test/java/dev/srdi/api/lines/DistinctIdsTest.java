package dev.srdi.api.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The id set answers exactly as a map of strings would, with the real fingerprint and with one so weak
 * that most ids share a fingerprint with others: a shared fingerprint is never taken for a repeated
 * id, and a repeated id is always found, with the line it was first named on.
 */
final class DistinctIdsTest {
  /** Three fingerprints for every id: nearly every id collides with another that is not the same. */
  private static final DistinctIds.Fingerprint WEAK = id -> id.length() % 3;

  private static void sameAsAMap(DistinctIds ids, long seed, int lines) {
    var random = new SplittableRandom(seed);
    Map<String, Integer> firstLines = new HashMap<>();
    for (int line = 1; line <= lines; line++) {
      // Short ids from a small alphabet, so that many repeat; some long and some not ASCII.
      var id = new StringBuilder();
      int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 4);
      for (int i = 0; i < length; i++) {
        id.append("aAb统一社会信用代码9".charAt(random.nextInt(12)));
      }
      Integer expected = firstLines.putIfAbsent(id.toString(), line);
      assertEquals(expected == null ? 0 : expected, ids.firstLineOf(id.toString(), line), "line " + line + ": " + id);
    }
    assertEquals(firstLines.size(), ids.size());
  }

  @Test
  void ids_that_share_a_weak_fingerprint_are_told_apart_and_repeats_are_found() {
    for (long seed = 1; seed <= 5; seed++) {
      sameAsAMap(new DistinctIds(WEAK), seed, 5_000);
    }
  }

  @Test
  void the_strong_fingerprint_answers_as_a_map_does_through_many_resizes() {
    sameAsAMap(new DistinctIds(), 42, 200_000);
  }

  @Test
  void the_same_fingerprint_for_different_ids_is_not_a_duplicate() {
    var ids = new DistinctIds(id -> 7);
    assertEquals(0, ids.firstLineOf("A", 1));
    assertEquals(0, ids.firstLineOf("B", 2));
    assertEquals(1, ids.firstLineOf("A", 3));
    assertEquals(2, ids.firstLineOf("B", 4));
    assertEquals(0, ids.firstLineOf("C", 5));
    assertEquals(3, ids.size());
  }
}
