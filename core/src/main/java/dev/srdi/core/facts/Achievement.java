package dev.srdi.core.facts;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an enterprise did or obtained on a date (a patent breakthrough, a tech centre, a cloud
 * project, a listing), with the attributes its type needs.
 */
@Value.Immutable
public abstract class Achievement {

  public abstract AchievementType type();

  public abstract LocalDate date();

  public abstract Optional<Level> level();

  /** How many (products, projects) the achievement counts, for per-unit awards. */
  public abstract Optional<Integer> count();

  public abstract Optional<Money> investment();

  public abstract Optional<Money> amount();

  public abstract Optional<Integer> partners();

  public abstract Optional<Boolean> significantGain();

  public abstract Optional<String> program();

  public int year() {
    return date().getYear();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Achievement of(String type, LocalDate date) {
    return builder().type(AchievementType.of(type)).date(date).build();
  }

  @Value.Check
  protected void check() {
    count().ifPresent(n -> require(n >= 0, "count must not be negative"));
    partners().ifPresent(n -> require(n >= 0, "partners must not be negative"));
    investment().ifPresent(m -> require(!m.isNegative(), "investment must not be negative"));
    amount().ifPresent(m -> require(!m.isNegative(), "amount must not be negative"));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  public static final class Builder extends ImmutableAchievement.Builder {}
}
