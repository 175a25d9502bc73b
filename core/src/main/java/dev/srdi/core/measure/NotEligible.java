package dev.srdi.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rejection as a value: the measure, the reason, the facts that were missing (empty when the facts were there
 * and simply do not qualify), the year it concerns where there is one, and the measure's conditions as data,
 * met and unmet, so that a portal can show what is missing as a checklist.
 *
 * <p>The reason is {@link Words}: a measure may hand it over unwritten ({@link Words#lazily}), and {@link
 * #reason()} writes it when read, so that a caller counting rejections never formats one.
 *
 * @param measure the measure
 * @param why why, in plain words written when read ({@link #reason()})
 * @param missingFacts the facts the scenario lacks; empty when they were there and do not qualify
 * @param year the year the rejection concerns, where there is one
 * @param conditions the measure's conditions, met and unmet (perhaps built when first read: {@link
 *     Condition#lazily})
 */
public record NotEligible(
    MeasureId measure, Words why, List<String> missingFacts, Optional<Integer> year, List<Condition> conditions)
    implements Assessment {

  /**
   * Copies the lists; rejects a missing value.
   *
   * @param measure the measure
   * @param why why
   * @param missingFacts the facts missing
   * @param year the year, if any
   * @param conditions the conditions
   */
  public NotEligible {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(why, "why");
    missingFacts = List.copyOf(missingFacts);
    Objects.requireNonNull(year, "year");
    // Conditions built lazily stay so (they are already unmodifiable); copying would build them.
    conditions = conditions instanceof LazyConditions ? conditions : List.copyOf(conditions);
  }

  /**
   * A rejection whose conditions are the missing facts, each an unmet requirement.
   *
   * @param measure the measure
   * @param reason why
   * @param missingFacts the facts missing
   * @param year the year, if any
   */
  public NotEligible(MeasureId measure, String reason, List<String> missingFacts, Optional<Integer> year) {
    this(measure, Words.of(reason), missingFacts, year, missingConditions(missingFacts));
  }

  /**
   * A rejection whose reason is already written (the form before reasons were {@link Words}).
   *
   * @param measure the measure
   * @param reason why
   * @param missingFacts the facts missing
   * @param year the year, if any
   * @param conditions the conditions
   */
  public NotEligible(MeasureId measure, String reason, List<String> missingFacts, Optional<Integer> year,
      List<Condition> conditions) {
    this(measure, Words.of(reason), missingFacts, year, conditions);
  }

  /** {@return why, in plain words: {@link #why()} written (once, then remembered)} */
  public String reason() {
    return why.text();
  }

  /** One unmet condition per missing fact; none (and nothing built) when no fact is missing, the common case. */
  private static List<Condition> missingConditions(List<String> missingFacts) {
    if (missingFacts.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Condition>(missingFacts.size());
    for (String fact : missingFacts) {
      out.add(Condition.requirement(fact, "the figure (a rule never guesses a missing one)", Optional.empty(), false));
    }
    return out;
  }

  /**
   * A rejection for no year in particular.
   *
   * @param measure the measure
   * @param reason why, in plain words
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, String reason) {
    return because(measure, Words.of(reason));
  }

  /**
   * A rejection for no year in particular, its reason written when read.
   *
   * @param measure the measure
   * @param why why, e.g. {@code Words.lazily(() -> "holds no … on " + asOf)}
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, Words why) {
    return new NotEligible(measure, why, List.of(), Optional.empty(), List.of());
  }

  /**
   * A rejection for one year.
   *
   * @param measure the measure
   * @param year the year it concerns
   * @param reason why, in plain words
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, int year, String reason) {
    return because(measure, year, Words.of(reason));
  }

  /**
   * A rejection for one year, its reason written when read.
   *
   * @param measure the measure
   * @param year the year it concerns
   * @param why why, e.g. {@code Words.lazily(() -> "output value " + output.toFenString() + …)}
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, int year, Words why) {
    return new NotEligible(measure, why, List.of(), OptionalYears.of(year), List.of());
  }

  /**
   * A rejection for one year with its conditions, made at once: {@code because(measure, year, why)
   * .withConditions(conditions)} without the rejection in between (a measure rejects most years of most
   * enterprises).
   *
   * @param measure the measure
   * @param year the year it concerns
   * @param why why, written when read
   * @param conditions the conditions, e.g. {@link Condition#lazily}
   * @return the rejection
   */
  public static NotEligible because(MeasureId measure, int year, Words why, List<Condition> conditions) {
    return new NotEligible(measure, why, List.of(), OptionalYears.of(year), conditions);
  }

  /**
   * Not enough facts: a rule never guesses a missing figure.
   *
   * @param measure the measure
   * @param year the year it concerns
   * @param facts the facts that were missing
   * @return the rejection
   */
  public static NotEligible missing(MeasureId measure, int year, String... facts) {
    List<String> missing = List.of(facts);
    return new NotEligible(measure, Words.lazily(() -> "not enough facts: " + String.join(", ", missing) + " missing"),
        missing, OptionalYears.of(year), missingConditions(missing));
  }

  /**
   * The same rejection with these conditions after the ones it has.
   *
   * @param more the conditions to add
   * @return the rejection
   */
  public NotEligible withConditions(List<Condition> more) {
    // Asked for nearly every rejection, most of them with no conditions yet: copy only what must be joined.
    if (more.isEmpty()) {
      return this;
    }
    if (conditions.isEmpty()) {
      return new NotEligible(measure, why, missingFacts, year, more);
    }
    if (conditions instanceof LazyConditions || more instanceof LazyConditions) {
      return new NotEligible(measure, why, missingFacts, year, LazyConditions.concat(conditions,
          more instanceof LazyConditions ? more : List.copyOf(more)));
    }
    var all = new ArrayList<Condition>(conditions.size() + more.size());
    all.addAll(conditions);
    all.addAll(more);
    return new NotEligible(measure, why, missingFacts, year, all);
  }

  /**
   * The same rejection with these conditions after the ones it has.
   *
   * @param more the conditions to add
   * @return the rejection
   */
  public NotEligible withConditions(Condition... more) {
    return withConditions(List.of(more));
  }

  /**
   * Whether the rejection is for missing facts rather than facts that do not qualify.
   *
   * @return true if facts were missing
   */
  public boolean isMissingFacts() {
    return !missingFacts.isEmpty();
  }
}
