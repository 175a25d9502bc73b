package dev.srdi.api.json;

import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.measure.Words;
import java.util.IdentityHashMap;

/**
 * A writer's rejections already written, whole, for the many that recur from record to record as the very
 * same parts: most enterprises are refused most measures for the same year in the same words, and the core
 * shares those words and their checklist between them (its {@code ByYear}), so that a new {@link NotEligible}
 * holds the same {@link Words}, the same lists and an equal measure and year. Its object is then one copy of
 * the bytes written for the first such rejection, not its fields, strings and conditions one by one. Keyed by
 * the words' identity, each with the parts it was written with: a rejection whose parts are not those same
 * instances (words, missing facts, conditions) or equal values (measure, year) is written field by field. The
 * bytes are kept on the second sighting, so that words made for one enterprise cost a lookup only. Words met
 * once are remembered apart, at most {@link #SEEN} of them and then all forgotten at once (most are an
 * enterprise's own, and dropping them one by one from the kept ones cost more than writing them); at most
 * {@link #ENTRIES} kept, after which the kept ones start again empty.
 */
final class KeptRejections {
  /** Words kept at most: a city's shared rejections are a few hundred (a few dozen measures, a few years). */
  static final int ENTRIES = 2048;
  /** Words met once remembered at most. */
  static final int SEEN = 1024;
  /** A longer rejection is written as it is each time. */
  static final int LONGEST = 16 * 1024;

  private final IdentityHashMap<Words, Kept> kept = new IdentityHashMap<>();
  private final IdentityHashMap<Words, NotEligible> seen = new IdentityHashMap<>();

  /** A cache of its own, for one writer's thread. */
  KeptRejections() {}

  /** Writes one rejection's object, field by field. */
  @FunctionalInterface
  interface Body {
    void write(NotEligible rejection);
  }

  /**
   * Writes the rejection's object: the bytes kept for its parts if they were met before, else what {@code body}
   * writes.
   *
   * @param out where to
   * @param rejection the rejection
   * @param body what writes it field by field, to {@code out}
   */
  void write(JsonBytes out, NotEligible rejection, Body body) {
    Words why = rejection.why();
    Kept known = kept.get(why);
    if (known != null && known.isOf(rejection)) {
      out.raw(known.bytes);
      return;
    }
    NotEligible first = seen.get(why);
    if (first == null || !Kept.same(first, rejection)) {
      if (seen.size() >= SEEN) {
        seen.clear();
      }
      seen.put(why, rejection);
      body.write(rejection);
      return;
    }
    // The second sighting: written in place, and its bytes kept. A body that fails keeps nothing.
    int start = out.valueStart();
    body.write(rejection);
    if (out.size() - start <= LONGEST) {
      if (kept.size() >= ENTRIES) {
        kept.clear();
      }
      kept.put(why, new Kept(rejection, out.copy(start)));
      seen.remove(why);
    }
  }

  /** How many words are remembered, kept or met once. */
  int kept() {
    return kept.size() + seen.size();
  }

  /** The parts a rejection was written with, and its bytes. */
  private static final class Kept {
    private final NotEligible first;
    private final byte[] bytes;

    Kept(NotEligible first, byte[] bytes) {
      this.first = first;
      this.bytes = bytes;
    }

    boolean isOf(NotEligible other) {
      return same(first, other);
    }

    /** The same words (the key), the same lists, an equal measure and year: the same bytes. */
    static boolean same(NotEligible one, NotEligible other) {
      return other.missingFacts() == one.missingFacts() && other.conditions() == one.conditions()
          && other.measure().equals(one.measure()) && other.year().equals(one.year());
    }
  }
}
