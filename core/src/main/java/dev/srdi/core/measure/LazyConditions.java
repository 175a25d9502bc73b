package dev.srdi.core.measure;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The conditions of a rejection, built the first time the list is read ({@link Condition#lazily}): writing a
 * condition formats amounts, bounds and percentages, and most callers count rejections without reading their
 * checklists. Never empty, so that asking whether there are conditions builds nothing; unmodifiable, and safe
 * to read from any thread (two threads may both build it; they build equal lists, and either is kept).
 */
final class LazyConditions extends AbstractList<Condition> implements RandomAccess {
  private final Supplier<List<Condition>> building;
  /** Not volatile: {@code List.copyOf} gives an immutable list whose fields are final, so it publishes safely. */
  private List<Condition> built;

  LazyConditions(Supplier<List<Condition>> building) {
    this.building = Objects.requireNonNull(building, "building");
  }

  /** The conditions of {@code first} and then of {@code second}, still built only when read. */
  static List<Condition> concat(List<Condition> first, List<Condition> second) {
    return new LazyConditions(() -> {
      var all = new java.util.ArrayList<Condition>(first.size() + second.size());
      all.addAll(first);
      all.addAll(second);
      return all;
    });
  }

  private List<Condition> conditions() {
    List<Condition> c = built;
    if (c == null) {
      c = List.copyOf(building.get());
      if (c.isEmpty()) {
        throw new IllegalStateException("conditions built lazily must not be empty");
      }
      built = c;
    }
    return c;
  }

  /** {@return false, without building the conditions: a lazily built list is never empty} */
  @Override public boolean isEmpty() {
    return false;
  }

  @Override public Condition get(int index) {
    return conditions().get(index);
  }

  @Override public int size() {
    return conditions().size();
  }
}
