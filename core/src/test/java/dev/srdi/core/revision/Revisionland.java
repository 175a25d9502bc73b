package dev.srdi.core.revision;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.Assessment;
import dev.srdi.core.measure.Basis;
import dev.srdi.core.measure.Claim;
import dev.srdi.core.measure.Formula;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterId;
import dev.srdi.core.parameter.Timeline;
import dev.srdi.core.parameter.Timeline.Step;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.policy.PolicyDocument;
import dev.srdi.core.policy.Window;
import dev.srdi.core.spi.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A made-up city that revises its policy, as no real city in this project has yet: its 2020 measures
 * raise the first-recognition award from 100000 to 120000 yuan from 2022-07-01, and are superseded
 * on 2024-01-01 by a 2024 plan with an award of its own. Nothing here is a real revision.
 */
final class Revisionland implements Jurisdiction {
  static final DocumentId MEASURES_2020 = DocumentId.of("revisionland-2020");
  static final DocumentId PLAN_2024 = DocumentId.of("revisionland-2024");
  static final LocalDate RAISED = LocalDate.of(2022, 7, 1);
  static final LocalDate REPLACED = LocalDate.of(2024, 1, 1);

  static final Parameter<Money> FIRST_AWARD = new Parameter<>(ParameterId.of("revisionland.first-award.amount"),
      "award on a first city-level SRDI recognition", Unit.YUAN,
      Timeline.of(List.of(
          new Step<>(Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(Money.yuan("100000"))),
          new Step<>(Optional.of(RAISED), Optional.of(Money.yuan("120000"))),
          new Step<>(Optional.of(REPLACED), Optional.empty()))),
      Citation.of(MEASURES_2020, "二、（三）", "给予一次性奖励10万元"), Optional.empty(), Optional.empty());
  static final Parameter<Money> PLAN_AWARD = Parameter.of("revisionland.plan-award.amount",
      "award of the 2024 plan on a first city-level SRDI recognition", Unit.YUAN, Money.yuan("150000"),
      Citation.of(PLAN_2024, "三、（一）", "给予一次性奖励15万元"));

  static final MeasureId FIRST = MeasureId.of("revisionland.first-award");
  static final MeasureId PLAN = MeasureId.of("revisionland.plan-award");

  @Override public JurisdictionId id() {
    return JurisdictionId.of("revisionland");
  }

  @Override public String nameZh() {
    return "修订市";
  }

  @Override public String nameEn() {
    return "Revisionland";
  }

  @Override public List<PolicyDocument> documents() {
    return List.of(
        new PolicyDocument(MEASURES_2020, "修订市措施（2020）", "Revisionland measures (2020)", Optional.empty(),
            Optional.of(LocalDate.of(2020, 1, 1)),
            Window.between(LocalDate.of(2020, 1, 1), REPLACED, "until the 2024 plan replaced it")),
        new PolicyDocument(PLAN_2024, "修订市方案（2024）", "Revisionland plan (2024)", Optional.empty(),
            Optional.of(REPLACED), Window.between(REPLACED, LocalDate.of(2027, 1, 1), "2024—2026"),
            Optional.of(MEASURES_2020)));
  }

  @Override public List<Measure> measures() {
    return List.of(award(FIRST, FIRST_AWARD), award(PLAN, PLAN_AWARD));
  }

  @Override public List<Parameter<?>> parameters() {
    return List.of(FIRST_AWARD, PLAN_AWARD);
  }

  private static Measure award(MeasureId id, Parameter<Money> amount) {
    var d = MeasureDescriptor.builder()
        .id(id).nameZh("首次认定奖励").nameEn("first recognition award")
        .citation(amount.citation())
        .amountKind(AmountKind.EXACT)
        .formula(Formula.fixed(amount))
        .build();
    return Measure.of(d, (e, ctx) -> e.recognitionsInOrder().stream()
        .filter(r -> r.is(Title.SRDI_SME, Level.CITY) && r.isNew())
        .<Assessment>map(r -> Claim.of(id, r.date(), Basis.none(), "new city-level SRDI recognition of " + r.date()))
        .toList());
  }
}
