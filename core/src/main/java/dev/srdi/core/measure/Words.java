package dev.srdi.core.measure;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An explanation, a reason or a note in words, written only when someone reads it.
 *
 * <p>A measure assesses every enterprise, and most callers (a sweep, what-if totals, budgets, near-miss counts)
 * read the amounts and never a sentence; formatting dates, amounts and percentages into every sentence anyway
 * was most of an evaluation's work. So a measure hands over its words either as a ready string ({@link
 * #of(String)}: a constant, or a sentence already at hand) or as a rendering ({@link #lazily(Supplier)}): a
 * function of the few values that vary, usually a lambda that concatenates constant parts and those values,
 * run the first time {@link #text()} is asked for and remembered afterwards.
 *
 * <p>A rendering must be a pure function of immutable values (dates, {@code Money}, rates, numbers, records
 * of them, a recognition, a window): a result is shared between threads and may be read long after the
 * evaluation, so the words must not depend on when, where or how often they are written. Two threads reading
 * the words at once may both render them; they write the same string, and either is kept.
 *
 * <p><b>A rendering reads no {@code Settings}</b> (nor an {@code EvaluationContext}): the engine records which
 * parameters a measure reads while it assesses (to name revised values in the explanation, and for a sweep to
 * know which enterprises a value touches), so a read made later, when the words are written, would be missed
 * or counted against another measure. Read the values while assessing and capture them: {@code Rate rate =
 * s.value(GROWTH_RATE); Words.lazily(() -> rate.asPermille() + " of the increase")}.
 *
 * <p>Words are equal when their texts are: rendering is how two explanations compare.
 */
public final class Words {
  private static final Words EMPTY = new Words("", null);

  private final Supplier<String> rendering;
  /**
   * The text once written. Not volatile on purpose: a {@code String} is immutable (its fields are final), so a
   * thread that sees the reference sees the whole string, and one that does not yet see it renders again.
   */
  private String text;

  private Words(String text, Supplier<String> rendering) {
    this.text = text;
    this.rendering = rendering;
  }

  /**
   * Words already written.
   *
   * @param text the words
   * @return the words
   */
  public static Words of(String text) {
    Objects.requireNonNull(text, "text");
    return text.isEmpty() ? EMPTY : new Words(text, null);
  }

  /**
   * Words written the first time they are read, by {@code rendering}: a pure function of immutable values (see
   * the class comment), which must not return null.
   *
   * @param rendering writes the words
   * @return the words, not yet written
   */
  public static Words lazily(Supplier<String> rendering) {
    return new Words(null, Objects.requireNonNull(rendering, "rendering"));
  }

  /** {@return no words: the empty string} */
  public static Words none() {
    return EMPTY;
  }

  /**
   * {@return the words, written now if they were not yet}
   *
   * @throws NullPointerException when the rendering returns null
   */
  public String text() {
    String t = text;
    if (t == null) {
      t = Objects.requireNonNull(rendering.get(), "a rendering of words returned null");
      text = t;
    }
    return t;
  }

  /**
   * These words followed by more, still written only when read.
   *
   * @param more the words that follow, e.g. "; highest only (top-up): …"
   * @return the joined words; these when {@code more} is empty
   */
  public Words then(String more) {
    Objects.requireNonNull(more, "more");
    if (more.isEmpty()) {
      return this;
    }
    String t = text;
    return t != null ? of(t + more) : lazily(() -> text() + more);
  }

  /**
   * These words followed by more, still written only when read.
   *
   * @param more the words that follow
   * @return the joined words
   */
  public Words then(Words more) {
    Objects.requireNonNull(more, "more");
    if (more == EMPTY) {
      return this;
    }
    return this == EMPTY ? more : lazily(() -> text() + more.text());
  }

  /** {@return whether the words are already written (a constant, or read before); for tests and diagnostics} */
  public boolean isWritten() {
    return text != null;
  }

  /** {@return the words: {@link #text()}} */
  @Override public String toString() {
    return text();
  }

  /**
   * Words are equal when their texts are.
   *
   * @param o the other object
   * @return whether it is words with the same text
   */
  @Override public boolean equals(Object o) {
    return o == this || o instanceof Words other && text().equals(other.text());
  }

  /** {@return the hash of the text} */
  @Override public int hashCode() {
    return text().hashCode();
  }
}
