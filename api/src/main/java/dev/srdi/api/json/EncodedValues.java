package dev.srdi.api.json;

import java.util.IdentityHashMap;

/**
 * A writer's whole JSON values, as written, of the objects that recur from record to record as the very
 * same instance: a measure's citation and its units are one object for every grant of the measure. Such a
 * value met again is then one copy of its bytes, not a dozen fields and strings. Kept the second time its
 * object is met (its bytes copied from where they were just written), so that objects made anew for each
 * record cost a lookup only; at most {@link #ENTRIES} objects, after which it starts again empty.
 */
final class EncodedValues {
  /** Objects kept at most: a city has a few dozen citations. */
  static final int ENTRIES = 1024;
  /** A longer value is written as it is each time. */
  static final int LONGEST = 16 * 1024;

  /** What an object met once maps to. */
  private static final byte[] SEEN = new byte[0];
  /** What an object whose value is longer than {@link #LONGEST} maps to. */
  private static final byte[] LONG = new byte[0];

  private final IdentityHashMap<Object, byte[]> values = new IdentityHashMap<>();

  /** A cache of its own, for one writer's thread. */
  EncodedValues() {}

  /** Writes one whole JSON value of an object, the same for the same object. */
  @FunctionalInterface
  interface Body {
    void write(JsonBytes out);
  }

  /**
   * Writes the value of an immutable object: its kept bytes if the same object was met before, else what
   * {@code body} writes.
   *
   * @param out where to
   * @param key the object; its value must not change
   * @param body what writes its value, to the buffer it is given
   */
  void write(JsonBytes out, Object key, Body body) {
    byte[] known = values.get(key);
    if (known == null || known == LONG) {
      if (known == null) {
        keep(key, SEEN);
      }
      body.write(out);
      return;
    }
    if (known == SEEN) {
      // A body that fails leaves nothing kept: the next sighting writes it again.
      int start = out.valueStart();
      body.write(out);
      keep(key, out.size() - start > LONGEST ? LONG : out.copy(start));
      return;
    }
    out.raw(known);
  }

  /** How many objects are kept, encoded or met once. */
  int kept() {
    return values.size();
  }

  private void keep(Object key, byte[] value) {
    if (values.size() >= ENTRIES && !values.containsKey(key)) {
      values.clear();
    }
    values.put(key, value);
  }
}
