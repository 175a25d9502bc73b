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

  public abstract EnterpriseId id();

  public abstract Optional<String> name();

  public abstract Optional<JurisdictionId> jurisdiction();

  public abstract Optional<ParkId> park();

  public abstract Optional<Boolean> inDevelopmentZone();

  public abstract Optional<Industry> industry();

  public abstract Optional<Boolean> aboveDesignatedSize();

  /** When the enterprise moved in from outside the city, if it did. */
  public abstract Optional<LocalDate> relocatedFromOutside();

  public abstract List<Financials> financials();

  public abstract List<Recognition> recognitions();

  public abstract List<Achievement> achievements();

  public static Builder builder() {
    return new Builder();
  }

  public Optional<Financials> financials(int year) {
    for (Financials f : financials()) {
      if (f.year() == year) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The financials by year (a year appears at most once), sorted once, on first use. */
  @Value.Lazy
  public List<Financials> financialsInOrder() {
    return financials().stream().sorted(Comparator.comparingInt(Financials::year)).toList();
  }

  /**
   * Recognitions by date, then title, level and kind: a stable order whatever the input's. Sorted
   * once, on first use: measures ask for it in loops, and the value never changes.
   */
  @Value.Lazy
  public List<Recognition> recognitionsInOrder() {
    return recognitions().stream().sorted(RECOGNITION_ORDER).toList();
  }

  public Stream<Recognition> recognitionsOf(Title title, Level atLeast) {
    return recognitionsInOrder().stream().filter(r -> r.is(title, atLeast));
  }

  // The three queries below are asked for every claim the engine settles: plain loops, no stream.

  /** Whether a recognition of the title at the level or above is dated strictly before the day. */
  public boolean heldBefore(LocalDate day, Title title, Level atLeast) {
    for (Recognition r : recognitions()) {
      if (r.is(title, atLeast) && r.date().isBefore(day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a recognition of the title at the level or above is valid on the day. */
  public boolean holdsOn(LocalDate day, Title title, Level atLeast) {
    for (Recognition r : recognitions()) {
      if (r.is(title, atLeast) && r.isValidOn(day)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any recognition of the title at the level or above is valid on some day of the year. */
  public boolean holdsDuring(int year, Title title, Level atLeast) {
    for (Recognition r : recognitions()) {
      if (r.is(title, atLeast) && r.isValidDuring(year)) {
        return true;
      }
    }
    return false;
  }

  /** The achievements of the type, by date (then by their text, so that ties never depend on the input's order). */
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

  public static final class Builder extends ImmutableEnterprise.Builder {}
}
