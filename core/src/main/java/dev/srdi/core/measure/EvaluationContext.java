package dev.srdi.core.measure;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * What a measure may read besides the enterprise: the as-of date, the settings, the portfolio. A
 * measure reads each parameter on the date of the event that earns the entitlement ({@link #on}):
 * a recognition's date, the end of a performance year, the as-of date for a benefit enjoyed then.
 *
 * <p>A context also keeps what its evaluation works out once and its measures ask again ({@link Memo}): the
 * answers to {@link Question}s about the enterprise on the as-of date. Each
 * context has its own memo ({@link #withSettings} too, which the engine calls once per enterprise), so the
 * memo lives and dies with one evaluation; the memo is no part of a context's value ({@link #equals}).
 *
 * @param asOf the day of the evaluation: nothing after it happened yet, and a measure never reads the clock
 * @param settings the parameter values and interpretation choices of this run
 * @param portfolio the whole portfolio, for measures that count other enterprises or parks
 * @param memo what this context's evaluation worked out once (made with the context)
 */
public record EvaluationContext(LocalDate asOf, Settings settings, Portfolio portfolio, Memo memo) {
  /**
   * Rejects a missing value.
   *
   * @param asOf the day of the evaluation
   * @param settings the settings
   * @param portfolio the portfolio
   * @param memo the memo, e.g. another context's {@link #memo()}: every answer in it says what it is for
   */
  public EvaluationContext {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(memo, "memo");
  }

  /**
   * A context with a memo of its own, empty.
   *
   * @param asOf the day of the evaluation
   * @param settings the settings
   * @param portfolio the portfolio
   */
  public EvaluationContext(LocalDate asOf, Settings settings, Portfolio portfolio) {
    this(asOf, settings, portfolio, new Memo());
  }

  /**
   * The settings as in force on the day of an event: every parameter takes the value of that day.
   *
   * @param eventDate the date of the event that earns the entitlement
   * @return the settings pinned to that day
   */
  public Settings on(LocalDate eventDate) {
    return settings.on(eventDate);
  }

  /**
   * The answer to a question about the enterprise on the as-of date: worked out once per evaluation, then given
   * again to every measure that asks it of the same enterprise.
   *
   * @param <T> the type of the answer
   * @param question the question, made once ({@link Question#of})
   * @param enterprise the enterprise asked about
   * @return the answer, as {@code question}'s function gives it for the enterprise and {@link #asOf}
   */
  public <T> T answer(Question<T> question, Enterprise enterprise) {
    return memo.answer(question, enterprise, asOf);
  }

  /**
   * The same context with other settings (the engine's, which log what a measure reads), and a memo of its own.
   *
   * @param other the settings
   * @return the context
   */
  public EvaluationContext withSettings(Settings other) {
    return new EvaluationContext(asOf, other, portfolio);
  }

  /**
   * Contexts are equal when their day, settings and portfolio are: the memo is what was worked out from them.
   *
   * @param o the other object
   * @return whether it is a context with equal day, settings and portfolio
   */
  @Override public boolean equals(Object o) {
    return o == this || o instanceof EvaluationContext other && asOf.equals(other.asOf)
        && settings.equals(other.settings) && portfolio.equals(other.portfolio);
  }

  /** {@return the hash of the day, settings and portfolio} */
  @Override public int hashCode() {
    return Objects.hash(asOf, settings, portfolio);
  }

  /** {@return the day, settings and portfolio, as before contexts had a memo} */
  @Override public String toString() {
    return "EvaluationContext[asOf=" + asOf + ", settings=" + settings + ", portfolio=" + portfolio + "]";
  }

  /**
   * A question about an enterprise on a day that several measures ask (which SRDI recognition does it hold on
   * the as-of date?), answered by a function of the enterprise and the day alone. The function must not read
   * settings: the engine records which parameters each measure reads, and an answer given again is not read
   * again. The answer must be immutable (final fields: an {@code Optional}, a record of immutable values), as it may be
 * read by another thread. Make each question once, as a constant: each question made takes a slot in every memo.
   *
   * @param <T> the type of the answer
   */
  public static final class Question<T> {
    /** How many questions were made: each has its own slot in every memo. A counter, not a cache. */
    private static final AtomicInteger MADE = new AtomicInteger();

    private final String name;
    private final BiFunction<Enterprise, LocalDate, T> answering;
    private final int slot;

    private Question(String name, BiFunction<Enterprise, LocalDate, T> answering) {
      this.name = Objects.requireNonNull(name, "name");
      this.answering = Objects.requireNonNull(answering, "answering");
      this.slot = MADE.getAndIncrement();
    }

    /**
     * A question.
     *
     * @param <T> the type of the answer
     * @param name what it asks, for diagnostics
     * @param answering the answer for an enterprise on a day: a pure function of the two, immutable, never null
     * @return the question
     */
    public static <T> Question<T> of(String name, BiFunction<Enterprise, LocalDate, T> answering) {
      return new Question<>(name, answering);
    }

    /** {@return the answer worked out now, not kept} */
    T answerFor(Enterprise enterprise, LocalDate day) {
      return Objects.requireNonNull(answering.apply(enterprise, day), () -> "question " + name + " answered null");
    }

    @Override public String toString() {
      return "Question[" + name + "]";
    }
  }

  /**
   * What one evaluation worked out once: the answers to questions about one enterprise on one day. The answers
   * are kept together with the enterprise and day they are for, and given only for exactly those, so a context
   * used for several enterprises (as a test may) or shared between threads never gets another's answer, at
   * worst works one out again: asked about another enterprise or day, the memo starts a new set. A set's slots
   * are written one reference at a time, each with an answer that is a pure function of the set's enterprise
   * and day, so a thread that races on a slot reads null (and works the answer out) or a right answer.
   */
  public static final class Memo {
    /** The answers about one enterprise on one day, one slot a question ({@link Question#slot}). */
    private record Answers(Enterprise enterprise, LocalDate day, Object[] values) {}

    /** The set being filled; null before the first question. */
    private Answers answers;

    Memo() {}

    @SuppressWarnings("unchecked")
    <T> T answer(Question<T> question, Enterprise enterprise, LocalDate day) {
      Answers set = answers;
      int slot = question.slot;
      if (set == null || set.enterprise() != enterprise || !set.day().equals(day)) {
        set = new Answers(enterprise, day, new Object[Math.max(4, slot + 1)]);
        answers = set;
      } else if (slot >= set.values().length) {
        set = new Answers(enterprise, day, Arrays.copyOf(set.values(), slot + 1));
        answers = set;
      }
      Object known = set.values()[slot];
      if (known != null) {
        return (T) known;
      }
      T value = question.answerFor(enterprise, day);
      set.values()[slot] = value;
      return value;
    }

    /** {@return a memo's name only: what it holds is no part of a context's value} */
    @Override public String toString() {
      return "Memo";
    }
  }
}
