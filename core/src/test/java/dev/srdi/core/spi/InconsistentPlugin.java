package dev.srdi.core.spi;

import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import java.util.List;

/** A plugin whose measure reads a parameter it does not declare, cites an undeclared document and repeats an id. */
public final class InconsistentPlugin implements Jurisdiction {
  private static final Citation CITATION = Citation.of(DocumentId.of("nowhere"), "一", "某条");
  private static final Parameter<Money> HIDDEN = Parameter.of("inconsistent.award.amount", "hidden", Unit.YUAN,
      Money.wan("1"), CITATION);

  @Override public JurisdictionId id() {
    return JurisdictionId.of("inconsistent");
  }

  @Override public String nameZh() {
    return "矛盾市";
  }

  @Override public String nameEn() {
    return "Inconsistent";
  }

  @Override public List<Measure> measures() {
    var d = MeasureDescriptor.builder().id(MeasureId.of("inconsistent.award")).nameZh("奖励").nameEn("award")
        .citation(CITATION).amountKind(AmountKind.EXACT).formula(Formula.fixed(HIDDEN)).build();
    Measure m = Measure.of(d, (e, ctx) -> List.of());
    return List.of(m, m);
  }
}
