package dev.srdi.jurisdictions.xiangxiang;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * An immutable value that depends only on a year, made the first time that year is asked for and shared by every
 * enterprise afterwards: e.g. one measure's "not enough facts: revenue 2023 missing", which a fifth of the
 * portfolio's firms get alike. Kept in a slot per year of the century, as {@link Years} keeps its values. The
 * value must be immutable (final fields, or memos that tolerate a race, as {@code Words} does): threads that ask
 * at once may each make it, and any of them is kept.
 *
 * @param <T> the value
 */
public final class ByYear<T> {
  private static final int SLOTS = 100;

  private record Made<T>(int year, T value) {}

  private final IntFunction<T> making;
  @SuppressWarnings("unchecked")
  private final Made<T>[] made = new Made[SLOTS];

  public ByYear(IntFunction<T> making) {
    this.making = Objects.requireNonNull(making, "making");
  }

  /** {@return the value of the year, made now if it was not yet} */
  public T of(int year) {
    int slot = Math.floorMod(year, SLOTS);
    Made<T> m = made[slot];
    if (m == null || m.year() != year) {
      m = new Made<>(year, Objects.requireNonNull(making.apply(year), "a value by year must not be null"));
      made[slot] = m;
    }
    return m.value();
  }
}
