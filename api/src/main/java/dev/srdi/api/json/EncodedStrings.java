package dev.srdi.api.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;

/**
 * A writer's string values already escaped and encoded, for the texts that recur from record to record: a
 * measure's names, its citation and units, a reason or a note. Most of a Guilin record is such text, mostly
 * Chinese, and escaping and encoding it is most of the cost of writing it; a value met again is then one copy
 * of its bytes. Keyed by equality, since some of them are made anew for each enterprise. A value is kept the
 * second time it is met, not the first, so that a text met once (a reason naming the enterprise's own
 * figures) costs no more than writing it; keeping it costs nothing more either, since its bytes are copied
 * from where they were just written. Values met once are remembered apart, at most {@link #SEEN} of them or
 * {@link #SEEN_BUDGET} bytes, and then all forgotten at once: most are a record's own, and sifting them out of
 * the kept ones cost more than writing them. The kept ones are bounded by {@link #ENTRIES} values and {@link
 * #BUDGET} bytes: when either is reached, what was not used since the last time is dropped.
 */
final class EncodedStrings {
  /** Values kept at most: a city's recurring texts are a few hundred. */
  static final int ENTRIES = 4096;
  /** Bytes kept at most, counting both the strings and their encodings. */
  static final int BUDGET = 1 << 20;
  /** Values met once remembered at most. */
  static final int SEEN = 2048;
  /** Bytes of the values met once remembered at most. */
  static final int SEEN_BUDGET = 1 << 19;
  /** Strings found by identity at most. */
  static final int SAME = 1024;
  /** A longer value is written as it is: it is rarely a recurring text, and would crowd out many that are. */
  static final int LONGEST = 2048;

  private final HashMap<String, Encoded> values = new HashMap<>();
  private final HashSet<String> seen = new HashSet<>();
  /**
   * The kept values by the identity of the strings they were last written from: most recur as the very same
   * instance (a measure's names, a shared reason), found here without hashing or comparing their text or
   * following a hash map's nodes. A value made anew for each record is found by equality and added too, so
   * this fills and is emptied now and then; what it holds is always a kept value's true bytes.
   */
  private final IdentityHashMap<String, Encoded> same = new IdentityHashMap<>();
  private int bytes;
  private int seenBytes;

  /** A cache of its own, for one writer's thread. */
  EncodedStrings() {}

  /**
   * Writes a string value: its kept encoding if it has been met before, else its characters.
   *
   * @param out where to
   * @param value the string
   */
  void write(JsonBytes out, String value) {
    int length = value.length();
    if (length > LONGEST) {
      out.string(value);
      return;
    }
    Encoded known = same.get(value);
    if (known != null) {
      known.used = true;
      out.raw(known.quoted);
      return;
    }
    known = values.get(value);
    if (known != null) {
      if (same.size() >= SAME) {
        same.clear();
      }
      same.put(value, known);
      known.used = true;
      out.raw(known.quoted);
      return;
    }
    if (!seen.contains(value)) {
      if (seen.size() >= SEEN || seenBytes + 2 * length > SEEN_BUDGET) {
        seen.clear();
        seenBytes = 0;
      }
      seen.add(value);
      seenBytes += 2 * length;
      out.string(value);
      return;
    }
    seen.remove(value);
    seenBytes -= 2 * length;
    int start = out.valueStart();
    out.string(value);
    known = new Encoded(out.copy(start));
    known.used = true;
    keep(value, known);
  }

  /** How many values are remembered, kept or met once. */
  int kept() {
    return values.size() + seen.size();
  }

  /** The bytes counted against {@link #BUDGET} and {@link #SEEN_BUDGET}. */
  int keptBytes() {
    return bytes + seenBytes;
  }

  private void keep(String value, Encoded encoded) {
    int size = 2 * value.length() + encoded.quoted.length;
    if (values.size() >= ENTRIES || bytes + size > BUDGET) {
      dropUnused();
    }
    values.put(value, encoded);
    bytes += size;
  }

  /** Drops what was not used since the last time; all of it if what is left would still fill half the room. */
  private void dropUnused() {
    same.clear();
    values.values().removeIf(e -> !e.used);
    bytes = 0;
    for (var entry : values.entrySet()) {
      entry.getValue().used = false;
      bytes += 2 * entry.getKey().length() + entry.getValue().quoted.length;
    }
    if (2 * values.size() >= ENTRIES || 2 * bytes >= BUDGET) {
      values.clear();
      bytes = 0;
    }
  }

  /** A value's JSON string, quotes and escapes included, as UTF-8. */
  private static final class Encoded {
    private final byte[] quoted;
    /** Whether it was written since the cache last dropped what it did not use. */
    private boolean used;

    Encoded(byte[] quoted) {
      this.quoted = quoted;
    }
  }
}
