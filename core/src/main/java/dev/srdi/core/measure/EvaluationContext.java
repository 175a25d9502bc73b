package dev.srdi.core.measure;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Settings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What a measure may read besides the enterprise: the as-of date, the settings, the portfolio. A
 * measure reads each parameter on the date of the event that earns the entitlement ({@link #on}):
 * a recognition's date, the end of a performance year, the as-of date for a benefit enjoyed then.
 *
 * <p>A context also keeps what its evaluation works out once and its measures ask again ({@link Memo}): the
 * settings pinned to the day last asked for, and the answers to {@link Question}s about an enterprise. Each
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
   * The settings as in force on the day of an event: every parameter takes the value of that day. Several
   * measures of one enterprise ask for the same day (each of a city's benefits asks for the as-of date), so the
   * settings pinned last are kept in the memo and given again for their day; they are these settings pinned,
   * logging and recording as these do, so nothing a measure reads through them changes.
   *
   * @param eventDate the date of the event that earns the entitlement
   * @return the settings pinned to that day
   */
  public Settings on(LocalDate eventDate) {
    return memo.pinned(settings, eventDate);
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
   * again. Make each question once, as a constant: the memo tells questions apart by identity.
   *
   * @param <T> the type of the answer
   */
  public static final class Question<T> {
    private final String name;
    private final BiFunction<Enterprise, LocalDate, T> answering;

    private Question(String name, BiFunction<Enterprise, LocalDate, T> answering) {
      this.name = Objects.requireNonNull(name, "name");
      this.answering = Objects.requireNonNull(answering, "answering");
    }

    /**
     * A question.
     *
     * @param <T> the type of the answer
     * @param name what it asks, for diagnostics
     * @param answering the answer for an enterprise on a day: a pure function of the two, never null
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
   * What one evaluation worked out once: the settings pinned last, and answers to questions. Each entry keeps
   * what it was worked out for (the settings and day, or the question, enterprise and day) and is given only for
   * exactly that, so a context used for several enterprises (as a test may) or shared between threads never gets
   * another's answer, at worst works one out again. Entries are immutable (settings, records with final fields)
   * and written as single references, so a thread that races on a slot sees a whole entry or none.
   */
  public static final class Memo {
    /** An answer and what it is for. */
    private record Answer(Question<?> question, Enterprise enterprise, LocalDate day, Object value) {}

    /** Settings pinned to a day, and the settings they were pinned from. */
    private record Pinned(Settings from, LocalDate day, Settings settings) {}

    /**
     * The settings {@link #pinned} made, up to eight days (a city's measures pin the as-of date, or the year ends
     * of the enterprise's years, one measure after another), the oldest replaced first; null before the first.
     */
    private Pinned[] pinned;
    /** Where the next day pinned goes once every slot is taken. */
    private int nextPinned;
    /** The answers, one slot a question, filled from the start; null before the first. */
    private Answer[] answers;

    Memo() {}

    /** {@code settings.on(day)}: the same object again for settings and a day pinned before. */
    Settings pinned(Settings settings, LocalDate day) {
      Pinned[] slots = pinned;
      if (slots == null) {
        slots = new Pinned[8];
        pinned = slots;
      }
      int free = -1;
      for (int i = 0; i < slots.length; i++) {
        Pinned p = slots[i];
        if (p == null) {
          free = i;
          break;
        }
        if (p.from() == settings && p.day().equals(day)) {
          return p.settings();
        }
      }
      Settings made = settings.on(day);
      if (free < 0) {
        free = nextPinned;
        nextPinned = (free + 1) % slots.length;
      }
      slots[free] = new Pinned(settings, day, made);
      return made;
    }

    @SuppressWarnings("unchecked")
    <T> T answer(Question<T> question, Enterprise enterprise, LocalDate day) {
      Answer[] slots = answers;
      int free = -1;
      if (slots != null) {
        for (int i = 0; i < slots.length; i++) {
          Answer a = slots[i];
          if (a == null) {
            free = i;
            break;
          }
          if (a.question() == question) {
            if (a.enterprise() == enterprise && a.day().equals(day)) {
              return (T) a.value();
            }
            free = i;
            break;
          }
        }
      }
      T value = question.answerFor(enterprise, day);
      var made = new Answer(question, enterprise, day, value);
      if (slots == null) {
        slots = new Answer[4];
        answers = slots;
        free = 0;
      } else if (free < 0) {
        free = slots.length;
        slots = Arrays.copyOf(slots, slots.length * 2);
        answers = slots;
      }
      slots[free] = made;
      return value;
    }

    /** {@return a memo's name only: what it holds is no part of a context's value} */
    @Override public String toString() {
      return "Memo";
    }
  }
}
