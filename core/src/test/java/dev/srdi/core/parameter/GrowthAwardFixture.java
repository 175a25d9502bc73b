package dev.srdi.core.parameter;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;

/** Two parameters and an interpretation shaped like Guilin's growth award, for the settings' own tests. */
final class GrowthAwardFixture {
  static final Citation CITATION = Citation.of(DocumentId.of("004_901c7209498bc010"), "二、（四）", "3‰");
  static final Parameter<Rate> RATE = Parameter.of("guilin.growth-award.rate", "rate", Unit.PERMILLE,
      Rate.permille("3"), CITATION);
  static final Parameter<Money> CAP = Parameter.of("guilin.growth-award.cap", "cap", Unit.YUAN, Money.wan("50"),
      CITATION);
  static final Interpretation MODE = Interpretation.of("guilin.mode", "mode", CITATION, "a",
      Choice.of("a", "first"), Choice.of("b", "second"));

  private GrowthAwardFixture() {}
}
