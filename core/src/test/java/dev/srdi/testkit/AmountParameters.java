package dev.srdi.testkit;

import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.spi.Jurisdiction;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parameters a plugin pays with: the amounts of fixed and per-unit awards and the caps of
 * proportional ones, read from the measures' formulas. A parameter that any measure also reads as a
 * threshold, a floor or a coverage date is left out: raising it is not only raising what is paid.
 */
final class AmountParameters {
  private AmountParameters() {}

  static List<Parameter<Money>> of(Jurisdiction jurisdiction) {
    var paidWith = new LinkedHashMap<ParameterId, Parameter<Money>>();
    Set<ParameterId> readOtherwise = new HashSet<>();
    for (Measure m : jurisdiction.measures()) {
      MeasureDescriptor d = m.descriptor();
      amountsAndCaps(d.formula()).forEach(p -> paidWith.putIfAbsent(p.id(), p));
      d.thresholds().forEach(p -> readOtherwise.add(p.id()));
      d.coverage().ifPresent(c -> c.parameters().forEach(p -> readOtherwise.add(p.id())));
      if (d.formula() instanceof Formula.RateOfBase r) {
        r.floor().ifPresent(f -> readOtherwise.add(f.parameter().id()));
      }
    }
    paidWith.keySet().removeAll(readOtherwise);
    return List.copyOf(paidWith.values());
  }

  private static List<Parameter<Money>> amountsAndCaps(Formula formula) {
    if (formula instanceof Formula.Fixed f) {
      return List.of(f.amount());
    }
    if (formula instanceof Formula.PerUnit p) {
      return List.of(p.amountPerUnit());
    }
    if (formula instanceof Formula.RateOfBase r) {
      return r.cap().map(List::of).orElse(List.of());
    }
    if (formula instanceof Formula.RateOfIncrease r) {
      return List.of(r.cap());
    }
    return List.of();
  }
}
