package dev.srdi.core.bounds;

import java.util.Objects;

/**
 * One side of a threshold, read as China's Civil Code Art. 1259 reads it: 以上、以下、以内 include
 * the stated number; 不满、超过 exclude it. Plugins write every threshold with these factories and
 * never with a bare comparison, so that a reader can match each one to the words of the text.
 */
public sealed interface Bound<T extends Comparable<? super T>>
    permits Bound.AtLeast, Bound.AtMost, Bound.MoreThan, Bound.LessThan {

  /**
   * 以上 (and 及以上, （含）): the value itself qualifies.
   *
   * @param <T> the type of the values compared: {@code Money}, a count, a {@code Rate}
   * @param value the number the text states
   * @return a lower bound that admits the value and everything above it
   */
  static <T extends Comparable<? super T>> Bound<T> atLeast(T value) {
    return new AtLeast<>(value);
  }

  /**
   * 以下 / 以内 / 不超过: the value itself qualifies.
   *
   * @param <T> the type of the values compared: {@code Money}, a count, a {@code Rate}
   * @param value the number the text states
   * @return an upper bound that admits the value and everything below it
   */
  static <T extends Comparable<? super T>> Bound<T> atMost(T value) {
    return new AtMost<>(value);
  }

  /**
   * 超过: the value itself does not qualify.
   *
   * @param <T> the type of the values compared: {@code Money}, a count, a {@code Rate}
   * @param value the number the text states
   * @return a lower bound that admits only what is strictly above the value
   */
  static <T extends Comparable<? super T>> Bound<T> moreThan(T value) {
    return new MoreThan<>(value);
  }

  /**
   * 不满 / 低于: the value itself does not qualify.
   *
   * @param <T> the type of the values compared: {@code Money}, a count, a {@code Rate}
   * @param value the number the text states
   * @return an upper bound that admits only what is strictly below the value
   */
  static <T extends Comparable<? super T>> Bound<T> lessThan(T value) {
    return new LessThan<>(value);
  }

  /** {@return the number the text states, never null} */
  T value();

  /**
   * Whether a figure meets this side of the threshold, the stated number included or not as the term says.
   *
   * @param candidate the enterprise's figure, never null
   * @return true when the figure qualifies
   */
  boolean admits(T candidate);

  /** {@return whether this bound limits from below (以上, 超过) rather than from above (以下, 不满)} */
  boolean isLower();

  /** {@return the legal term this bound stands for, e.g. "以上"} */
  String term();

  /** {@return a short mathematical rendering, e.g. "≥ 500000"} */
  String symbol();

  /** {@return the symbol and the term, e.g. "≥ 500000 (以上)", as explanations quote a threshold} */
  default String describe() {
    return symbol() + " (" + term() + ")";
  }

  /**
   * 以上: admits the value and everything above it.
   *
   * @param <T> the type of the values compared
   * @param value the number the text states
   */
  record AtLeast<T extends Comparable<? super T>>(T value) implements Bound<T> {
    /**
     * Rejects a missing value.
     *
     * @param value the number the text states
     */
    public AtLeast {
      Objects.requireNonNull(value, "value");
    }

    @Override public boolean admits(T candidate) {
      return candidate.compareTo(value) >= 0;
    }

    @Override public boolean isLower() {
      return true;
    }

    @Override public String term() {
      return "以上";
    }

    @Override public String symbol() {
      return "≥ " + Render.plain(value);
    }

    /** Written in one go: conditions describe a bound for every enterprise. */
    @Override public String describe() {
      return "≥ " + Render.plain(value) + " (以上)";
    }
  }

  /**
   * 以下 / 以内: admits the value and everything below it.
   *
   * @param <T> the type of the values compared
   * @param value the number the text states
   */
  record AtMost<T extends Comparable<? super T>>(T value) implements Bound<T> {
    /**
     * Rejects a missing value.
     *
     * @param value the number the text states
     */
    public AtMost {
      Objects.requireNonNull(value, "value");
    }

    @Override public boolean admits(T candidate) {
      return candidate.compareTo(value) <= 0;
    }

    @Override public boolean isLower() {
      return false;
    }

    @Override public String term() {
      return "以下";
    }

    @Override public String symbol() {
      return "≤ " + Render.plain(value);
    }

    /** Written in one go: conditions describe a bound for every enterprise. */
    @Override public String describe() {
      return "≤ " + Render.plain(value) + " (以下)";
    }
  }

  /**
   * 超过: admits only what is strictly above the value.
   *
   * @param <T> the type of the values compared
   * @param value the number the text states
   */
  record MoreThan<T extends Comparable<? super T>>(T value) implements Bound<T> {
    /**
     * Rejects a missing value.
     *
     * @param value the number the text states
     */
    public MoreThan {
      Objects.requireNonNull(value, "value");
    }

    @Override public boolean admits(T candidate) {
      return candidate.compareTo(value) > 0;
    }

    @Override public boolean isLower() {
      return true;
    }

    @Override public String term() {
      return "超过";
    }

    @Override public String symbol() {
      return "> " + Render.plain(value);
    }

    /** Written in one go: conditions describe a bound for every enterprise. */
    @Override public String describe() {
      return "> " + Render.plain(value) + " (超过)";
    }
  }

  /**
   * 不满: admits only what is strictly below the value.
   *
   * @param <T> the type of the values compared
   * @param value the number the text states
   */
  record LessThan<T extends Comparable<? super T>>(T value) implements Bound<T> {
    /**
     * Rejects a missing value.
     *
     * @param value the number the text states
     */
    public LessThan {
      Objects.requireNonNull(value, "value");
    }

    @Override public boolean admits(T candidate) {
      return candidate.compareTo(value) < 0;
    }

    @Override public boolean isLower() {
      return false;
    }

    @Override public String term() {
      return "不满";
    }

    @Override public String symbol() {
      return "< " + Render.plain(value);
    }

    /** Written in one go: conditions describe a bound for every enterprise. */
    @Override public String describe() {
      return "< " + Render.plain(value) + " (不满)";
    }
  }
}
