package dev.srdi.core.facts;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An enterprise as the engine sees it. The lists may come in any order: every query here is
 * independent of it, so that the order of events in the input never changes a result.
 */
@Value.Immutable
public abstract class Enterprise {

  /**
   * The enterprise's id, unique in its scenario.
   *
   * @return the id
   */
  public abstract EnterpriseId id();

  /**
   * Its registered name, if given.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The jurisdiction it belongs to, if it names one; a one-city evaluation leaves out those of other cities.
   *
   * @return the jurisdiction
   */
  public abstract Optional<JurisdictionId> jurisdiction();

  /**
   * The park it is located in, if any.
   *
   * @return the park
   */
  public abstract Optional<ParkId> park();

  /**
   * Whether it is located in a development zone, if known.
   *
   * @return true, false or unknown
   */
  public abstract Optional<Boolean> inDevelopmentZone();

  /**
   * Its industry, if known.
   *
   * @return the industry
   */
  public abstract Optional<Industry> industry();

  /**
   * Whether it is an above-designated-size (规上) enterprise, if known.
   *
   * @return true, false or unknown
   */
  public abstract Optional<Boolean> aboveDesignatedSize();

  /**
   * When the enterprise moved in from outside the city, if it did.
   *
   * @return the day it moved in
   */
  public abstract Optional<LocalDate> relocatedFromOutside();

  /**
   * Its yearly figures, at most one entry a year, in any order.
   *
   * @return the figures
   */
  public abstract List<Financials> financials();

  /**
   * Its recognitions (titles at a level, on a date), in any order.
   *
   * @return the recognitions
   */
  public abstract List<Recognition> recognitions();

  /**
   * Its achievements of the types the loaded jurisdictions declare, in any order.
   *
   * @return the achievements
   */
  public abstract List<Achievement> achievements();

  /**
   * A builder; {@code id} is required, everything else optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The figures of one year.
   *
   * @param year the year
   * @return that year's figures, if given
   */
  public Optional<Financials> financials(int year) {
    for (Financials f : financials()) {
      if (f.year() == year) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The financials by year (a year appears at most once), sorted once, on first use.
   *
   * @return the financials in year order
   */
  @Value.Lazy
  public List<Financials> financialsInOrder() {
    return financials().stream().sorted(Comparator.comparingInt(Financials::year)).toList();
  }

  /**
   * Recognitions by date, then title, level and kind: a stable order whatever the input's. Sorted
   * once, on first use: measures ask for it in loops, and the value never changes.
   *
   * @return the recognitions in that order
   */
  @Value.Lazy
  public List<Recognition> recognitionsInOrder() {
    return recognitions().stream().sorted(RECOGNITION_ORDER).toList();
  }

  /**
   * The recognitions of a title at a level or above, in order.
   *
   * @param title the title
   * @param atLeast the lowest level that counts
   * @return those recognitions
   */
  public Stream<Recognition> recognitionsOf(Title title, Level atLeast) {
    return recognitionsInOrder().stream().filter(r -> r.is(title, atLeast));
  }

  // The three queries below are asked for every claim the engine settles: plain loops, no stream.

  /**
   * Whether a recognition of the title at the level or above is dated strictly before the day.
   *
   * @param day the day
   * @param title the title
   * @param atLeast the lowest level that counts
   * @return true if one was held before
   */
  public boolean heldBefore(LocalDate day, Title title, Level atLeast) {
    for (Recognition r : recognitions()) {
      if (r.is(title, atLeast) && r.date().isBefore(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a recognition of the title at the level or above is valid on the day.
   *
   * @param day the day
   * @param title the title
   * @param atLeast the lowest level that counts
   * @return true if one is valid then
   */
  public boolean holdsOn(LocalDate day, Title title, Level atLeast) {
    for (Recognition r : recognitions()) {
      if (r.is(title, atLeast) && r.isValidOn(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any recognition of the title at the level or above is valid on some day of the year.
   *
   * @param year the year
   * @param title the title
   * @param atLeast the lowest level that counts
   * @return true if one is valid during the year
   */
  public boolean holdsDuring(int year, Title title, Level atLeast) {
    for (Recognition r : recognitions()) {
      if (r.is(title, atLeast) && r.isValidDuring(year)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The achievements of one type, by date (then by their text, so that ties never depend on the input's order).
   *
   * @param type the type
   * @return those achievements
   */
  public List<Achievement> achievementsOf(AchievementType type) {
    return achievementsByType().getOrDefault(type, List.of());
  }

  /** Grouped and sorted once, on first use: measures ask for one type after another. */
  @Value.Lazy
  Map<AchievementType, List<Achievement>> achievementsByType() {
    var byType = new HashMap<AchievementType, List<Achievement>>();
    for (Achievement a : achievements()) {
      byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a);
    }
    var sorted = new HashMap<AchievementType, List<Achievement>>();
    byType.forEach((type, list) -> sorted.put(type, list.stream().sorted(ACHIEVEMENT_ORDER).toList()));
    return Map.copyOf(sorted);
  }

  /** Rejects two sets of figures for one year: the engine could not tell which to read. */
  @Value.Check
  protected void check() {
    var years = new HashSet<Integer>();
    for (Financials f : financials()) {
      if (!years.add(f.year())) {
        throw new IllegalArgumentException("financials for " + f.year() + " are given twice");
      }
    }
  }

  private static final Comparator<Achievement> ACHIEVEMENT_ORDER =
      Comparator.comparing(Achievement::date).thenComparing(Achievement::toString);

  private static final Comparator<Recognition> RECOGNITION_ORDER = Comparator.comparing(Recognition::date)
      .thenComparing(Recognition::title)
      .thenComparing(Recognition::level)
      .thenComparing(Recognition::kind)
      .thenComparing(r -> r.project().orElse(""));

  /**
   * Builds an enterprise; {@link #build()} checks it (an id, at most one set of figures a year).
   */
  public static final class Builder extends ImmutableEnterprise.Builder {}
}
