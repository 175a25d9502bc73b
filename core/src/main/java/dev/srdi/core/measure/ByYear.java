package dev.srdi.core.measure;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * A value that depends on the year alone, made the first time its year is asked for and shared afterwards: the
 * words and checklist of a rejection that most enterprises get for the same year ("held no … recognition in
 * 2023"), which a measure would otherwise make again for every enterprise. The value must be immutable and safe
 * to share between threads ({@link Words}, an unmodifiable list of conditions, records of them); two threads
 * asking for a new year at once may both make it, and one of the two is kept. Years outside 1900–2199 are made
 * anew each time.
 *
 * @param <T> the type of the values
 */
public final class ByYear<T> {
  private static final int FIRST = 1900;
  private static final int LAST = 2199;

  private final IntFunction<T> making;
  private final AtomicReferenceArray<T> made = new AtomicReferenceArray<>(LAST - FIRST + 1);

  private ByYear(IntFunction<T> making) {
    this.making = Objects.requireNonNull(making, "making");
  }

  /**
   * Values made by the function, each once.
   *
   * @param <T> the type of the values
   * @param making makes the value of a year; a pure function of the year, never null
   * @return the values, none made yet
   */
  public static <T> ByYear<T> of(IntFunction<T> making) {
    return new ByYear<>(making);
  }

  /**
   * {@return the value of the year: the one made before, or made now}
   *
   * @param year the year
   */
  public T get(int year) {
    if (year < FIRST || year > LAST) {
      return make(year);
    }
    int i = year - FIRST;
    T value = made.get(i);
    if (value == null) {
      value = make(year);
      if (!made.compareAndSet(i, null, value)) {
        value = made.get(i);
      }
    }
    return value;
  }

  private T make(int year) {
    return Objects.requireNonNull(making.apply(year), "a value made for a year is null");
  }
}
