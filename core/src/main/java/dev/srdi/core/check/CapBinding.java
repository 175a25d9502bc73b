package dev.srdi.core.check;

import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Caps that can never bind for the parameters in force. A proportional formula pays rate × basis, at
 * most the cap; where the measure declares the bracket its basis stays in, the largest basis is
 * known, and the cap binds only if rate × largest basis exceeds it (Guilin 二、（四）: 3‰ of an increase
 * below 1亿 never reaches 50万; the cap binds only once the rate exceeds 5‰). Where it can bind, the
 * finding says from which basis.
 */
final class CapBinding implements Check {
  private static final Money FEN = Money.yuan("0.01");

  @Override public String name() {
    return "caps";
  }

  @Override public List<Finding> findings(CheckInput input) {
    Settings s = input.settings();
    var out = new ArrayList<Finding>();
    for (Measure m : input.jurisdiction().measures()) {
      MeasureDescriptor d = m.descriptor();
      if (d.formula() instanceof Formula.RateOfIncrease f) {
        out.add(judge(d, f.rate(), f.cap(), f.largestIncrease(s), "increase", s));
      } else if (d.formula() instanceof Formula.RateOfBase f && f.cap().isPresent()) {
        out.add(judge(d, f.rate(), f.cap().get(), Optional.empty(), "base", s));
      }
    }
    return out;
  }

  private static Finding judge(
      MeasureDescriptor d, Parameter<Rate> rateParameter, Parameter<Money> capParameter, Optional<Money> largest,
      String basis, Settings s) {
    Rate rate = s.value(rateParameter);
    String rateText = rateParameter.unit().format(rate);
    Money cap = s.value(capParameter);
    String subject = d.id().value();
    Optional<Money> bindsFrom = smallestBasisOverCap(rate, cap);
    if (bindsFrom.isEmpty()) {
      return Finding.warning("cap-never-binds", subject, capParameter.citation(), "the cap of " + cap.toFenString()
          + " yuan never binds: the rate is " + rateText + ", so no " + basis + " reaches it");
    }
    if (largest.isPresent() && bindsFrom.get().compareTo(largest.get()) > 0) {
      Money most = rate.of(largest.get());
      return Finding.warning("cap-never-binds", subject, capParameter.citation(), "the cap of " + cap.toFenString()
          + " yuan never binds inside the bracket the measure admits: " + rateText + " of the largest " + basis
          + " that can earn it (" + largest.get().toFenString() + ") is only " + plain(most) + "; it binds only from a"
          + " rate above " + cap.toFenString() + " ÷ " + largest.get().toFenString() + ", that is from "
          + rateFrom(cap, largest.get()) + " (parameter " + rateParameter.id() + ")");
    }
    return Finding.info("cap-binds", subject, capParameter.citation(), "the cap of " + cap.toFenString()
        + " yuan binds from " + article(basis) + " " + basis + " of " + bindsFrom.get().toFenString() + " yuan ("
        + rateText + " of it is more than the cap)"
        + largest.map(l -> "; the largest " + basis + " that can earn the award is " + l.toFenString()).orElse(""));
  }

  /** The smallest basis in whole fen whose rate share is more than the cap; empty for a zero rate. */
  static Optional<Money> smallestBasisOverCap(Rate rate, Money cap) {
    if (rate.fraction().signum() == 0) {
      return Optional.empty();
    }
    Money candidate = Money.yuan(cap.toYuan().divide(rate.fraction(), 2, RoundingMode.FLOOR));
    return Optional.of(rate.of(candidate).compareTo(cap) > 0 ? candidate : candidate.plus(FEN));
  }

  /** The smallest rate, in permille to three decimals, whose share of the basis is more than the cap. */
  private static String rateFrom(Money cap, Money basis) {
    BigDecimal permille = cap.toYuan().multiply(BigDecimal.valueOf(1000)).divide(basis.toYuan(), 3, RoundingMode.FLOOR);
    BigDecimal step = new BigDecimal("0.001");
    while (Rate.permille(permille.toPlainString()).of(basis).compareTo(cap) <= 0) {
      permille = permille.add(step);
    }
    return permille.stripTrailingZeros().toPlainString() + "‰";
  }

  private static String plain(Money m) {
    return m.toYuan().stripTrailingZeros().toPlainString();
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
