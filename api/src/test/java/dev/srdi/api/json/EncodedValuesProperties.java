package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.testkit.PropertyRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Whole values written through the cache of encoded values, for objects met once, twice or many times,
 * are the bytes written for them in place; a value that fails to be written leaves the next
 * one right; and the cache keeps a bounded number of objects however many it meets.
 */
final class EncodedValuesProperties {
  /** An object with a value: a few strings, one of them any text, in an array. */
  private record Item(List<String> words) {}

  @Test
  void valuesOfObjectsMetAgainAreTheBytesWrittenInPlace() {
    PropertyRun.qt().withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.strings().allPossible()
            .ofLengthBetween(0, 30)).ofSizeBetween(1, 8),
        SourceDSL.lists().of(SourceDSL.integers().between(0, 7)).ofSizeBetween(1, 40)).checkAssert((words, picks) -> {
          List<Item> pool = new ArrayList<>();
          for (int i = 0; i < words.size(); i++) {
            pool.add(new Item(words.subList(0, i + 1)));
          }
          List<Item> items = picks.stream().map(p -> pool.get(p % pool.size())).toList();
          assertArrayEquals(written(null, items), written(new EncodedValues(), items));
        });
  }

  @Test
  void aValueThatFailsLeavesTheNextOnesRight() {
    var cache = new EncodedValues();
    var item = new Item(List.of("桂林", "😀"));
    List<Item> items = List.of(item, item, item);
    assertThrows(IllegalStateException.class, () -> write(cache, item, true));
    assertArrayEquals(written(null, items), written(cache, items));
  }

  @Test
  void theCacheKeepsABoundedNumberOfObjects() {
    var cache = new EncodedValues();
    List<Item> items = new ArrayList<>();
    Item recurring = new Item(List.of("常用"));
    for (int i = 0; i < 3 * EncodedValues.ENTRIES; i++) {
      Item fresh = new Item(List.of("原因 " + i));
      items.addAll(List.of(fresh, fresh, recurring));
    }
    assertArrayEquals(written(null, items), written(cache, items));
    assertTrue(cache.kept() <= EncodedValues.ENTRIES, cache.kept() + " objects kept");
  }

  /** The items as an array, each through the cache, or written in place when it is null. */
  private static byte[] written(EncodedValues cache, List<Item> items) {
    var out = new JsonBytes();
    out.reset();
    out.startArray();
    for (Item item : items) {
      if (cache == null) {
        body(item, false).write(out);
      } else {
        cache.write(out, item, body(item, false));
      }
    }
    out.endArray();
    return out.copy(0);
  }

  private static void write(EncodedValues cache, Item item, boolean fail) {
    var out = new JsonBytes();
    out.reset();
    out.startArray();
    // The first time in place, the second captured: the failure comes while the cache captures.
    cache.write(out, item, body(item, false));
    cache.write(out, item, body(item, fail));
  }

  private static EncodedValues.Body body(Item item, boolean fail) {
    return g -> {
      g.startArray();
      for (String w : item.words()) {
        g.string(w);
        if (fail) {
          throw new IllegalStateException("a text that cannot be made");
        }
      }
      g.endArray();
    };
  }
}
