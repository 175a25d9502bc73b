package dev.srdi.core.target;

import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.responsibility.Responsibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A numeric target of a document: the value required (a parameter: a count, a share in percent, or a factor),
 * the period, how the portfolio shows progress, and who is responsible.
 *
 * @param id the target's id
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param citation the clause
 * @param responsibility who owes it
 * @param requirement the value required: a count, a rate or a factor parameter
 * @param period every year, or by a deadline
 * @param metric how a portfolio shows progress
 */
public record Target(
    TargetId id,
    String nameZh,
    String nameEn,
    Citation citation,
    Responsibility responsibility,
    Parameter<?> requirement,
    TargetPeriod period,
    Metric metric) {

  /**
   * Rejects a missing value and a requirement that is neither a count, a rate nor a factor.
   *
   * @param id the id
   * @param nameZh its name
   * @param nameEn its name in English
   * @param citation the clause
   * @param responsibility who owes it
   * @param requirement the value required
   * @param period the period
   * @param metric how progress is read
   * @throws IllegalArgumentException when the requirement's type is not one of the three
   */
  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(metric, "metric");
    Object sample = requirement.defaultValue();
    if (!(sample instanceof Integer || sample instanceof Rate || sample instanceof BigDecimal)) {
      throw new IllegalArgumentException(id + ": a requirement is a count, a rate or a factor");
    }
  }

  /**
   * The value required, in the metric's unit: a count, a percent (70 for 70%), or a factor.
   *
   * @param settings the parameter values in force
   * @return the value
   */
  public BigDecimal required(Settings settings) {
    Object value = settings.value(requirement);
    if (value instanceof Integer count) {
      return BigDecimal.valueOf(count);
    }
    if (value instanceof Rate rate) {
      return rate.fraction().multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
    }
    return (BigDecimal) value;
  }

  /** {@return the parameters the target reads: its requirement, then its period's} */
  public List<Parameter<?>> parameters() {
    var out = new ArrayList<Parameter<?>>();
    out.add(requirement);
    if (period instanceof TargetPeriod.By by) {
      out.add(by.deadline());
    } else if (period instanceof TargetPeriod.Within within) {
      out.add(within.years());
    }
    return List.copyOf(out);
  }
}
