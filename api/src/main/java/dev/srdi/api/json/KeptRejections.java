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
 * bytes are kept on the second sighting, so that words made for one enterprise cost a lookup only; at most
 * {@link #ENTRIES} words, after which those not used since the last time are dropped.
 */
final class KeptRejections {
  /** Words kept at most: a city's shared rejections are a few hundred (a few dozen measures, a few years). */
  static final int ENTRIES = 2048;
  /** A longer rejection is written as it is each time. */
  static final int LONGEST = 16 * 1024;

  private final IdentityHashMap<Words, Kept> kept = new IdentityHashMap<>();

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
    Kept known = kept.get(rejection.why());
    if (known != null && known.isOf(rejection)) {
      if (known.bytes != null) {
        known.used = true;
        out.raw(known.bytes);
        return;
      }
      // The second sighting: written in place, and its bytes kept. A body that fails keeps nothing.
      int start = out.valueStart();
      body.write(rejection);
      if (out.size() - start <= LONGEST) {
        known.bytes = out.copy(start);
        known.used = true;
      }
      return;
    }
    keep(rejection);
    body.write(rejection);
  }

  /** How many words are kept, written or met once. */
  int kept() {
    return kept.size();
  }

  private void keep(NotEligible rejection) {
    if (kept.size() >= ENTRIES && !kept.containsKey(rejection.why())) {
      kept.values().removeIf(k -> !k.used);
      kept.values().forEach(k -> k.used = false);
      if (2 * kept.size() >= ENTRIES) {
        kept.clear();
      }
    }
    kept.put(rejection.why(), new Kept(rejection));
  }

  /** The parts a rejection was met with, and its bytes once written for keeping. */
  private static final class Kept {
    private final NotEligible first;
    private byte[] bytes;
    private boolean used;

    Kept(NotEligible first) {
      this.first = first;
    }

    /** The same words (the key), the same lists, an equal measure and year: the same bytes. */
    boolean isOf(NotEligible other) {
      return other.missingFacts() == first.missingFacts() && other.conditions() == first.conditions()
          && other.measure().equals(first.measure()) && other.year().equals(first.year());
    }
  }
}
