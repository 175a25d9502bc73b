package dev.srdi.core.engine;

import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One enterprise's history under one jurisdiction, in date order: what each claim already earned,
 * so that a later claim sees the earlier ones.
 */
final class Ledger {
  private record Paid(MeasureId measure, Optional<String> scope, int year, LocalDate date, Money amount, List<String> groups) {}

  private final List<Paid> paid = new ArrayList<>();

  void record(MeasureId measure, Optional<String> scope, int year, LocalDate date, Money amount, List<String> groups) {
    paid.add(new Paid(measure, scope, year, date, amount, List.copyOf(groups)));
  }

  // Asked for every claim's stacking rules; a ledger holds a handful of entries, so plain loops.

  Optional<LocalDate> paidFor(MeasureId measure, Optional<String> scope) {
    for (Paid p : paid) {
      if (p.measure().equals(measure) && p.scope().equals(scope)) {
        return Optional.of(p.date());
      }
    }
    return Optional.empty();
  }

  boolean paidInYear(MeasureId measure, int year) {
    for (Paid p : paid) {
      if (p.measure().equals(measure) && p.year() == year) {
        return true;
      }
    }
    return false;
  }

  Optional<MeasureId> firstInGroup(String group, Optional<String> scope) {
    for (Paid p : paid) {
      if (p.groups().contains(group) && p.scope().equals(scope)) {
        return Optional.of(p.measure());
      }
    }
    return Optional.empty();
  }

  /** What the measure paid the enterprise so far, whatever the scope. */
  Money paidForMeasure(MeasureId measure) {
    Money sum = Money.zero();
    for (Paid p : paid) {
      if (p.measure().equals(measure)) {
        sum = sum.plus(p.amount());
      }
    }
    return sum;
  }

  Money paidInGroup(String group, Optional<String> scope) {
    Money sum = Money.zero();
    for (Paid p : paid) {
      if (p.groups().contains(group) && p.scope().equals(scope)) {
        sum = sum.plus(p.amount());
      }
    }
    return sum;
  }
}
