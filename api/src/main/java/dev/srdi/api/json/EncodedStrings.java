package dev.srdi.api.json;

import java.util.HashMap;

/**
 * A writer's string values already escaped and encoded, for the texts that recur from record to record: a
 * measure's names, its citation and units, a reason or a note. Most of a Guilin record is such text, mostly
 * Chinese, and escaping and encoding it is most of the cost of writing it; a value met again is then one copy
 * of its bytes. Keyed by equality, since some of them are made anew for each enterprise. A value is kept the
 * second time it is met, not the first, so that a text met once (a reason naming the enterprise's own
 * figures) costs no more than writing it; keeping it costs nothing more either, since its bytes are copied
 * from where they were just written. Bounded by {@link #ENTRIES} values and {@link #BUDGET} bytes: when either
 * is reached, what was not used since the last time is dropped.
 */
final class EncodedStrings {
  /** Values kept at most: a city's recurring texts are a few hundred. */
  static final int ENTRIES = 4096;
  /** Bytes kept at most, counting both the strings and their encodings. */
  static final int BUDGET = 1 << 20;
  /** A longer value is written as it is: it is rarely a recurring text, and would crowd out many that are. */
  static final int LONGEST = 2048;

  /** What a value met once maps to: not encoded yet. */
  private static final Encoded SEEN = new Encoded(new byte[0]);

  private final HashMap<String, Encoded> values = new HashMap<>();
  private int bytes;

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
    Encoded known = length > LONGEST ? null : values.get(value);
    if (known == null) {
      if (length <= LONGEST) {
        keep(value, SEEN);
      }
      out.string(value);
      return;
    }
    if (known == SEEN) {
      int start = out.valueStart();
      out.string(value);
      known = new Encoded(out.copy(start));
      known.used = true;
      keep(value, known);
      return;
    }
    known.used = true;
    out.raw(known.quoted);
  }

  /** How many values are kept, encoded or met once. */
  int kept() {
    return values.size();
  }

  /** The bytes counted against {@link #BUDGET}. */
  int keptBytes() {
    return bytes;
  }

  private void keep(String value, Encoded encoded) {
    int size = 2 * value.length() + encoded.quoted.length;
    if (values.size() >= ENTRIES || bytes + size > BUDGET) {
      dropUnused();
    }
    // A value met once (SEEN) was counted already.
    if (values.put(value, encoded) == null) {
      bytes += 2 * value.length();
    }
    bytes += encoded.quoted.length;
  }

  /** Drops what was not used since the last time; all of it if what is left would still fill half the room. */
  private void dropUnused() {
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
