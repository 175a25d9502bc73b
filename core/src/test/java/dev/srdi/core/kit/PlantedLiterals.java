package dev.srdi.core.kit;

import dev.srdi.core.money.Money;
import dev.srdi.core.responsibility.Responsibility;
import java.time.LocalDate;

/** A plugin class written the old way, with the city's numbers and a department in Java: the scan's target. */
final class PlantedLiterals {
  static final Money AWARD = Money.wan("20");
  static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  static final Responsibility WHO = Responsibility.responsible("市财政局");
  static final int DAY_OF_YEAR_END = 31;

  private PlantedLiterals() {}

  static String description() {
    return "for an investment of “50万元以上”";
  }
}
