package dev.srdi.core.measure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A value that depends on the day alone, made the first time its day is asked for and shared afterwards, as
 * {@link ByYear} is for years: the rejection that most enterprises get from a benefit on the as-of date ("holds no
 * … recognition on 2025-12-31"), which is the same value for all of them. The value must be immutable and safe to
 * share between threads; two threads asking for a new day at once may both make it, and one of the two is kept.
 * A year's 366 slots are made when one of its days is first asked for; days outside the years 1900–2199 are made
 * anew each time.
 *
 * @param <T> the type of the values
 */
public final class ByDay<T> {
  private final Function<LocalDate, T> making;
  private final ByYear<AtomicReferenceArray<T>> years = ByYear.of(year -> new AtomicReferenceArray<>(366));

  private ByDay(Function<LocalDate, T> making) {
    this.making = Objects.requireNonNull(making, "making");
  }

  /**
   * Values made by the function, each once.
   *
   * @param <T> the type of the values
   * @param making makes the value of a day; a pure function of the day, never null
   * @return the values, none made yet
   */
  public static <T> ByDay<T> of(Function<LocalDate, T> making) {
    return new ByDay<>(making);
  }

  /**
   * {@return the value of the day: the one made before, or made now}
   *
   * @param day the day
   */
  public T get(LocalDate day) {
    int year = day.getYear();
    if (year < 1900 || year > 2199) {
      return make(day);
    }
    AtomicReferenceArray<T> days = years.get(year);
    int i = day.getDayOfYear() - 1;
    T value = days.get(i);
    if (value == null) {
      value = make(day);
      if (!days.compareAndSet(i, null, value)) {
        value = days.get(i);
      }
    }
    return value;
  }

  private T make(LocalDate day) {
    return Objects.requireNonNull(making.apply(day), "a value made for a day is null");
  }
}
