package dev.srdi.core.bounds;

import java.util.Objects;

/**
 * One side of a threshold, read as China's Civil Code Art. 1259 reads it: 以上、以下、以内 include
 * the stated number; 不满、超过 exclude it. Plugins write every threshold with these factories and
 * never with a bare comparison, so that a reader can match each one to the words of the text.
 */
public sealed interface Bound<T extends Comparable<? super T>>
    permits Bound.AtLeast, Bound.AtMost, Bound.MoreThan, Bound.LessThan {

  /** 以上 (and 及以上, （含）): the value itself qualifies. */
  static <T extends Comparable<? super T>> Bound<T> atLeast(T value) {
    return new AtLeast<>(value);
  }

  /** 以下 / 以内 / 不超过: the value itself qualifies. */
  static <T extends Comparable<? super T>> Bound<T> atMost(T value) {
    return new AtMost<>(value);
  }

  /** 超过: the value itself does not qualify. */
  static <T extends Comparable<? super T>> Bound<T> moreThan(T value) {
    return new MoreThan<>(value);
  }

  /** 不满 / 低于: the value itself does not qualify. */
  static <T extends Comparable<? super T>> Bound<T> lessThan(T value) {
    return new LessThan<>(value);
  }

  T value();

  boolean admits(T candidate);

  /** Whether this bound limits from below (以上, 超过) rather than from above. */
  boolean isLower();

  /** The legal term this bound stands for, e.g. "以上". */
  String term();

  /** A short mathematical rendering, e.g. "≥ 500000". */
  String symbol();

  default String describe() {
    return symbol() + " (" + term() + ")";
  }

  record AtLeast<T extends Comparable<? super T>>(T value) implements Bound<T> {
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
  }

  record AtMost<T extends Comparable<? super T>>(T value) implements Bound<T> {
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
  }

  record MoreThan<T extends Comparable<? super T>>(T value) implements Bound<T> {
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
  }

  record LessThan<T extends Comparable<? super T>>(T value) implements Bound<T> {
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
  }
}
