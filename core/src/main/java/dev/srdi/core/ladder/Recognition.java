package dev.srdi.core.ladder;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One recognition of an enterprise: a title at a level on a date, new or renewed, optionally for a
 * named project (the scope of a highest-only rule such as Zhanjiang's "同一企业相同项目").
 */
public record Recognition(Title title, Level level, LocalDate date, RecognitionKind kind, Optional<String> project) {

  /** A recognition is valid for three years from its date; a renewal is a recognition of its own. */
  public static final Period VALIDITY = Period.ofYears(3);

  public Recognition {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(project, "project");
  }

  public static Recognition of(Title title, Level level, LocalDate date) {
    return new Recognition(title, level, date, RecognitionKind.NEW, Optional.empty());
  }

  public static Recognition renewal(Title title, Level level, LocalDate date) {
    return new Recognition(title, level, date, RecognitionKind.RENEWAL, Optional.empty());
  }

  public Recognition forProject(String projectKey) {
    return new Recognition(title, level, date, kind, Optional.of(projectKey));
  }

  public boolean isNew() {
    return kind == RecognitionKind.NEW;
  }

  /** The first day on which this recognition no longer holds (date + three years). */
  public LocalDate expires() {
    // plusYears, not plus(Period): the same day, without the generic Period path on every validity test.
    return date.plusYears(VALIDITY.getYears());
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(date) && day.isBefore(expires());
  }

  /** Whether the recognition is valid on at least one day of the year. */
  public boolean isValidDuring(int year) {
    return !date.isAfter(LocalDate.of(year, 12, 31)) && expires().isAfter(LocalDate.of(year, 1, 1));
  }

  /** Whether this is the given title at the given level or above ("省级以上" includes 省级). */
  public boolean is(Title wanted, Level atLeast) {
    return title == wanted && level.isAtLeast(atLeast);
  }

  public String describe() {
    return level.nameZh() + title.nameZh() + " (" + level.nameEn() + " " + title.nameEn() + ", "
        + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + date + project.map(p -> ", project " + p).orElse("") + ")";
  }
}
