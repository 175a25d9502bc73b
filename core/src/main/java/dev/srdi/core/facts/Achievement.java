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

  /** {@return the type, one that a loaded plugin declares} */
  public abstract AchievementType type();

  /**
   * {@return the day the achievement was obtained (granted, certified, completed), which fixes the year it is
   * paid for}
   */
  public abstract LocalDate date();

  /**
   * {@return who granted it (a provincial or national tech centre), where the type has levels; empty otherwise}
   */
  public abstract Optional<Level> level();

  /** {@return how many (products, projects) the achievement counts, for per-unit awards; never negative} */
  public abstract Optional<Integer> count();

  /**
   * {@return the money invested (e.g. in a cloud or smart-upgrade project), the base of a rate-of-investment
   * award; never negative}
   */
  public abstract Optional<Money> investment();

  /** {@return another money figure the type needs (e.g. a financing raised), never negative} */
  public abstract Optional<Money> amount();

  /** {@return how many partner enterprises took part (e.g. in an alliance), never negative} */
  public abstract Optional<Integer> partners();

  /** {@return whether the project brought the significant gain its clause asks for, where the type needs it} */
  public abstract Optional<Boolean> significantGain();

  /** {@return the id of the programme the achievement belongs to, one the city declares} */
  public abstract Optional<String> program();

  /** {@return the calendar year of {@link #date()}} */
  public int year() {
    return date().getYear();
  }

  /** {@return an empty builder; type and date are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An achievement with no attributes.
   *
   * @param type the type, in UPPER_SNAKE_CASE
   * @param date the day it was obtained
   * @return the achievement
   */
  public static Achievement of(String type, LocalDate date) {
    return builder().type(AchievementType.of(type)).date(date).build();
  }

  /**
   * Refuses negative counts and amounts when the value is built.
   *
   * @throws IllegalArgumentException naming the attribute that is negative
   */
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

  /** Builds an achievement; {@code build()} checks it. */
  public static final class Builder extends ImmutableAchievement.Builder {}
}
