package dev.srdi.core.engine;

import dev.srdi.core.facts.Portfolio;
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
import java.util.List;
import java.util.Optional;

/** Reads each target's progress from a portfolio: required, reached, gap and status. */
final class TargetEvaluator {
  private TargetEvaluator() {}

  static List<TargetReport> report(Jurisdiction j, Portfolio portfolio, int year, LocalDate asOf, Settings settings) {
    var query = new TargetQuery(year, asOf, settings);
    return j.targets().stream().map(t -> report(t, portfolio, query)).toList();
  }

  static TargetReport report(Target target, Portfolio portfolio, TargetQuery query) {
    BigDecimal required = target.required(query.settings());
    Optional<LocalDate> deadline = target.period() instanceof TargetPeriod.By by
        ? Optional.of(query.settings().value(by.deadline())) : Optional.empty();
    TargetQuery counted = deadline.map(query::until).orElse(query);
    Measurement m = target.metric().measure(portfolio, counted);
    if (m instanceof Measurement.NotMeasurable not) {
      return new TargetReport(target, required, Optional.empty(), Optional.empty(), TargetStatus.NOT_MEASURABLE,
          not.reason());
    }
    var measured = (Measurement.Measured) m;
    BigDecimal reached = measured.value();
    BigDecimal gap = required.subtract(reached).max(BigDecimal.ZERO);
    String note = measured.basis();
    TargetStatus status;
    if (reached.compareTo(required) >= 0) {
      status = TargetStatus.MET;
    } else if (deadline.isPresent()) {
      status = query.cutOff().isBefore(deadline.get()) ? TargetStatus.IN_PROGRESS : TargetStatus.NOT_MET;
      note = note + "; deadline " + deadline.get();
    } else if (target.period() instanceof TargetPeriod.Within within) {
      status = TargetStatus.IN_PROGRESS;
      note = note + "; deadline unknown: within " + query.settings().value(within.years()) + " years of " + within.from();
    } else {
      status = query.asOf().isBefore(query.yearEnd()) ? TargetStatus.IN_PROGRESS : TargetStatus.NOT_MET;
    }
    if (deadline.isPresent() && query.cutOff().isAfter(deadline.get())) {
      note = note + "; counted up to the deadline, later events do not count";
    }
    return new TargetReport(target, required, Optional.of(reached), Optional.of(gap), status, note);
  }
}
