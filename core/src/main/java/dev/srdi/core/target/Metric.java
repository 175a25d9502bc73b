package dev.srdi.core.target;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiPredicate;

/** How a target's progress is read from a portfolio, in the unit of the target's requirement. */
@FunctionalInterface
public interface Metric {

  /**
   * Reads the target's progress from the portfolio.
   *
   * @param portfolio the enterprises
   * @param query the year, the as-of date and the settings
   * @return the value found, or why it cannot be read
   */
  Measurement measure(Portfolio portfolio, TargetQuery query);

  /**
   * The number of enterprises that satisfy the predicate.
   *
   * @param description what is counted, in words
   * @param counted whether an enterprise counts, for the query
   * @return the metric
   */
  static Metric count(String description, BiPredicate<Enterprise, TargetQuery> counted) {
    return (portfolio, query) -> Measurement.of(
        portfolio.enterprises().stream().filter(e -> counted.test(e, query)).count(), description);
  }

  /**
   * The share, in percent, of the enterprises in the denominator that are also in the numerator.
   *
   * @param description what is measured, in words
   * @param numerator whether an enterprise is in the share
   * @param denominator whether it counts towards the whole
   * @return the metric, to two decimals, not measurable when the denominator is empty
   */
  static Metric sharePercent(
      String description, BiPredicate<Enterprise, TargetQuery> numerator, BiPredicate<Enterprise, TargetQuery> denominator) {
    return (portfolio, query) -> {
      long all = portfolio.enterprises().stream().filter(e -> denominator.test(e, query)).count();
      if (all == 0) {
        return Measurement.notMeasurable("no enterprise in the portfolio counts towards " + description);
      }
      long part = portfolio.enterprises().stream().filter(e -> denominator.test(e, query) && numerator.test(e, query)).count();
      BigDecimal percent = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
      return Measurement.of(percent, description + " (" + part + " of " + all + ")");
    };
  }

  /**
   * A target that no portfolio of enterprises can show (job fairs held, people trained).
   *
   * @param reason why, in words
   * @return the metric
   */
  static Metric notMeasurable(String reason) {
    return (portfolio, query) -> Measurement.notMeasurable(reason);
  }
}
