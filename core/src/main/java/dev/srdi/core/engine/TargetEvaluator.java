package dev.srdi.core.engine;

import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.target.Measurement;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetPeriod;
import dev.srdi.core.target.TargetQuery;
import dev.srdi.core.target.TargetReport;
import dev.srdi.core.target.TargetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads each target's progress from a portfolio: required, reached, gap and status. */
final class TargetEvaluator {
  private TargetEvaluator() {}

  static List<TargetReport> report(Jurisdiction j, Portfolio portfolio, int year, LocalDate asOf, Settings settings) {
    var query = new TargetQuery(year, asOf, settings);
    return j.targets().stream().map(t -> report(t, portfolio, query)).toList();
  }

  /**
   * The target as in force on its own date: the deadline of a target set "by" a date (the deadline as
   * the report's year end reads it), else the end of the year the report is for. Every value is read
   * on that day, the metric's included, and the note names each revised value and since when.
   */
  static TargetReport report(Target target, Portfolio portfolio, TargetQuery query) {
    Settings onYearEnd = query.settings().on(query.yearEnd());
    Optional<String> deadlineNotInForce = target.period() instanceof TargetPeriod.By by
        ? onYearEnd.notInForce(List.of(by.deadline())) : Optional.empty();
    if (deadlineNotInForce.isPresent()) {
      return notInForce(target, deadlineNotInForce.get());
    }
    Optional<LocalDate> deadline = target.period() instanceof TargetPeriod.By by
        ? Optional.of(onYearEnd.value(by.deadline())) : Optional.empty();
    Settings onTheDay = query.settings().on(deadline.orElse(query.yearEnd()));
    Optional<String> notInForce = onTheDay.notInForce(target.parameters());
    if (notInForce.isPresent()) {
      return notInForce(target, notInForce.get());
    }
    BigDecimal required = target.required(onTheDay);
    TargetQuery counted = deadline.map(query::until).orElse(query).withSettings(onTheDay);
    Measurement m = target.metric().measure(portfolio, counted);
    if (m instanceof Measurement.NotMeasurable not) {
      return new TargetReport(target, required, Optional.empty(), Optional.empty(), TargetStatus.NOT_MEASURABLE,
          not.reason());
    }
    var measured = (Measurement.Measured) m;
    BigDecimal reached = measured.value();
    BigDecimal gap = required.subtract(reached).max(BigDecimal.ZERO);
    String note = measured.basis() + valueSources(target, onTheDay);
    TargetStatus status;
    if (reached.compareTo(required) >= 0) {
      status = TargetStatus.MET;
    } else if (deadline.isPresent()) {
      status = query.cutOff().isBefore(deadline.get()) ? TargetStatus.IN_PROGRESS : TargetStatus.NOT_MET;
      note = note + "; deadline " + deadline.get();
    } else if (target.period() instanceof TargetPeriod.Within within) {
      status = TargetStatus.IN_PROGRESS;
      note = note + "; deadline unknown: within " + onTheDay.value(within.years()) + " years of " + within.from();
    } else {
      status = query.asOf().isBefore(query.yearEnd()) ? TargetStatus.IN_PROGRESS : TargetStatus.NOT_MET;
    }
    if (deadline.isPresent() && query.cutOff().isAfter(deadline.get())) {
      note = note + "; counted up to the deadline, later events do not count";
    }
    return new TargetReport(target, required, Optional.of(reached), Optional.of(gap), status, note);
  }

  private static TargetReport notInForce(Target target, String reason) {
    return new TargetReport(target, BigDecimal.ZERO, Optional.empty(), Optional.empty(), TargetStatus.NOT_MEASURABLE,
        reason);
  }

  /** "; id = value (in force from date)" for each revised value the target reads; empty where none is. */
  private static String valueSources(Target target, Settings onTheDay) {
    var used = new ArrayList<String>();
    for (Parameter<?> p : target.parameters()) {
      onTheDay.valueSource(p).ifPresent(used::add);
    }
    return used.isEmpty() ? "" : "; " + String.join(", ", used);
  }
}
