package dev.srdi.core.check;

import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.parameter.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures whose amount kind disagrees with the wording. The words that set the amount (the measure's
 * quote and the quote of the parameter its formula pays: the amount, or the rate) say whether it is a
 * cap (不超过, 以内, 最高, 最多, 上限, 不高于) or an amount given as such (给予 X): an EXACT measure must
 * not be worded as a cap, and an UP_TO measure must be.
 */
final class AmountKindWording implements Check {
  private static final List<String> CAP_WORDS = List.of("不超过", "以内", "最高", "最多", "上限", "不高于");

  @Override public String name() {
    return "amount-kinds";
  }

  @Override public List<Finding> findings(CheckInput input) {
    var out = new ArrayList<Finding>();
    for (Measure m : input.jurisdiction().measures()) {
      MeasureDescriptor d = m.descriptor();
      if (d.amountKind() != AmountKind.EXACT && d.amountKind() != AmountKind.UP_TO) {
        continue;
      }
      Optional<Parameter<?>> paid = paidParameter(d.formula());
      String wording = d.citation().quote() + " " + paid.map(p -> p.citation().quote()).orElse("");
      List<String> capWords = CAP_WORDS.stream().filter(wording::contains).toList();
      var citation = paid.map(Parameter::citation).orElse(d.citation());
      if (d.amountKind() == AmountKind.EXACT && !capWords.isEmpty()) {
        out.add(Finding.error("amount-kind-wording", d.id().value(), citation, "declared EXACT (给予: exactly that"
            + " amount), but the words that set the amount say " + String.join("/", capWords) + ", a cap: UP_TO"));
      } else if (d.amountKind() == AmountKind.UP_TO && capWords.isEmpty()) {
        out.add(Finding.error("amount-kind-wording", d.id().value(), citation, "declared UP_TO (a cap), but the words"
            + " that set the amount name no cap (" + String.join("/", CAP_WORDS) + "): EXACT"));
      }
    }
    return out;
  }

  /** The parameter whose value the formula pays: the amount, the amount per unit, or the rate. */
  private static Optional<Parameter<?>> paidParameter(Formula formula) {
    if (formula instanceof Formula.Fixed f) {
      return Optional.of(f.amount());
    }
    if (formula instanceof Formula.PerUnit f) {
      return Optional.of(f.amountPerUnit());
    }
    if (formula instanceof Formula.RateOfBase f) {
      return Optional.of(f.rate());
    }
    if (formula instanceof Formula.RateOfIncrease f) {
      return Optional.of(f.rate());
    }
    return Optional.empty();
  }
}
