package dev.srdi.core.ladder;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One recognition of an enterprise: a title at a level on a date, new or renewed, optionally for a named
 * project (the scope of a highest-only rule such as Zhanjiang's "同一企业相同项目").
 *
 * @param title the title
 * @param level who granted it; the title must exist at that level
 * @param date the day of the recognition, from which it holds three years
 * @param kind a new recognition (认定) or a renewal (复核)
 * @param project the project it was for, where a rule distinguishes projects
 */
public record Recognition(Title title, Level level, LocalDate date, RecognitionKind kind, Optional<String> project) {

  /** A recognition is valid for three years from its date; a renewal is a recognition of its own. */
  public static final Period VALIDITY = Period.ofYears(3);

  /**
   * Rejects a missing value.
   *
   * @param title the title
   * @param level who granted it
   * @param date the day of the recognition
   * @param kind new or renewal
   * @param project the project, if any
   */
  public Recognition {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(project, "project");
  }

  /**
   * A new recognition (认定), for no particular project.
   *
   * @param title the title
   * @param level who granted it
   * @param date the day of the recognition
   * @return the recognition
   */
  public static Recognition of(Title title, Level level, LocalDate date) {
    return new Recognition(title, level, date, RecognitionKind.NEW, Optional.empty());
  }

  /**
   * A renewal (复核) after the three years, for no particular project.
   *
   * @param title the title
   * @param level who granted it
   * @param date the day of the renewal
   * @return the recognition
   */
  public static Recognition renewal(Title title, Level level, LocalDate date) {
    return new Recognition(title, level, date, RecognitionKind.RENEWAL, Optional.empty());
  }

  /**
   * The same recognition, for a named project.
   *
   * @param projectKey the project's key
   * @return the recognition
   */
  public Recognition forProject(String projectKey) {
    return new Recognition(title, level, date, kind, Optional.of(projectKey));
  }

  /** {@return whether this is a new recognition (认定) rather than a renewal (复核)} */
  public boolean isNew() {
    return kind == RecognitionKind.NEW;
  }

  /** {@return the first day on which this recognition no longer holds (date + three years)} */
  public LocalDate expires() {
    // plusYears, not plus(Period): the same day, without the generic Period path on every validity test.
    return date.plusYears(VALIDITY.getYears());
  }

  /**
   * Whether the recognition holds on the day: from its date (included) to {@link #expires()} (excluded).
   *
   * @param day the day
   * @return true when it holds
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(date) && day.isBefore(expires());
  }

  /**
   * Whether the recognition is valid on at least one day of the year.
   *
   * @param year the calendar year
   * @return true when it holds on some day of it
   */
  public boolean isValidDuring(int year) {
    return !date.isAfter(LocalDate.of(year, 12, 31)) && expires().isAfter(LocalDate.of(year, 1, 1));
  }

  /**
   * Whether this is the given title at the given level or above ("省级以上" includes 省级).
   *
   * @param wanted the title
   * @param atLeast the lowest level that qualifies
   * @return true when both match
   */
  public boolean is(Title wanted, Level atLeast) {
    return title == wanted && level.isAtLeast(atLeast);
  }

  /**
   * {@return the recognition in words for an explanation, e.g. "省级专精特新中小企业 (provincial SRDI SME, new
   * 2023-06-30)"}
   */
  public String describe() {
    String words = DescribedKinds.WORDS[level.ordinal()][title.ordinal()][kind.ordinal()] + date;
    return project.isEmpty() ? words + ")" : words + ", project " + project.get() + ")";
  }

  /**
   * The words before the date for every level, title and kind, written once: benefits describe a recognition for
   * every enterprise that holds one.
   */
  private static final class DescribedKinds {
    static final String[][][] WORDS = new String[Level.values().length][Title.values().length][];

    static {
      for (Level level : Level.values()) {
        for (Title title : Title.values()) {
          RecognitionKind[] kinds = RecognitionKind.values();
          WORDS[level.ordinal()][title.ordinal()] = new String[kinds.length];
          for (RecognitionKind kind : kinds) {
            WORDS[level.ordinal()][title.ordinal()][kind.ordinal()] = level.nameZh() + title.nameZh() + " ("
                + level.nameEn() + " " + title.nameEn() + ", " + kind.name().toLowerCase(java.util.Locale.ROOT) + " ";
          }
        }
      }
    }

    private DescribedKinds() {}
  }
}
