package dev.srdi.core.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as a quote writes it, with what follows it: "10万元" is 100000 with suffix "元", "3‰" is 3 with suffix
 * "‰", "三年" is 3 with suffix "年". The multipliers 万 and 亿 are already applied.
 *
 * @param value the number, 万 and 亿 applied
 * @param suffix what follows it ("元", "%", "‰", "年"…), or empty
 * @param written the number as the quote writes it
 */
public record QuotedNumber(BigDecimal value, String suffix, String written) {
  /**
   * Rejects a missing value.
   *
   * @param value the number
   * @param suffix what follows it
   * @param written how it is written
   */
  public QuotedNumber {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(written, "written");
  }

  boolean followedBy(String... suffixes) {
    for (String s : suffixes) {
      if (suffix.startsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
