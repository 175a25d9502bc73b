package dev.srdi.jurisdictions.guilin.award;

import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_CAP;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_OUTPUT_BELOW;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.GROWTH_RATE;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Settings;
import java.util.List;
import java.util.Optional;

/**
 * A policy check of 二、（四）: can the cap ("最高奖励不超过50万元") ever bind inside the output bracket?
 *
 * <p>The award is rate × (this year's output − last year's). This year's output stays below the
 * upper end of the bracket ("1亿元以上" goes to other policies), and last year's must be positive
 * (growth from zero is undefined), so with amounts in whole fen the largest increase that can earn
 * the award is (upper end − 1 fen) − 1 fen. The output growth and tax growth thresholds do not
 * lower it: a tiny previous output always grows by 35%. With the text's values, 3‰ × 99,999,999.98
 * = 299,999.99994 yuan, below the 500,000 cap, so the cap never binds; it starts to bind once the
 * rate exceeds cap ÷ largest increase, just above 5‰.
 */
public final class GrowthAwardCapCheck {
  private static final Money FEN = Money.oneFen();

  private GrowthAwardCapCheck() {}

  /** Settings holding the defaults of the growth award's own parameters. */
  public static Settings defaults() {
    return Settings.defaults(GrowthAward.PARAMETERS, List.of());
  }

  /**
   * The largest increase of output value that can earn the award, or empty if the bracket admits none:
   * the core's reading of the formula's declared bracket, which the policy check ({@code srdi check})
   * uses for every city.
   */
  public static Optional<Money> largestIncreaseInBracket(Settings s) {
    return GrowthAward.FORMULA.largestIncrease(s);
  }

  /** The most the rate alone would pay inside the bracket, before the cap and before rounding. */
  public static Optional<Money> largestAwardInBracket(Settings s) {
    return largestIncreaseInBracket(s).map(increase -> s.value(GROWTH_RATE).of(increase));
  }

  /** Whether some enterprise inside the bracket would be paid less because of the cap. */
  public static boolean capCanBind(Settings s) {
    return largestAwardInBracket(s).map(Bound.moreThan(s.value(GROWTH_CAP))::admits).orElse(false);
  }

  /** One sentence for a reader (the measure's description, a CLI line). */
  public static String describe(Settings s) {
    String cap = s.value(GROWTH_CAP).toFenString();
    Optional<Money> increase = largestIncreaseInBracket(s);
    if (increase.isEmpty()) {
      return "The cap of " + cap + " yuan cannot bind: the output bracket admits no increase.";
    }
    String award = largestAwardInBracket(s).orElseThrow().toYuan().stripTrailingZeros().toPlainString();
    String rate = s.value(GROWTH_RATE).asPermille();
    return capCanBind(s)
        ? "The cap of " + cap + " yuan can bind inside the output bracket: " + rate + " of the largest increase that"
            + " can earn the award (" + increase.get().toFenString() + ") is " + award + ", more than the cap."
        : "The cap of " + cap + " yuan never binds inside the output bracket: " + rate + " of the largest increase"
            + " that can earn the award (" + increase.get().toFenString() + ": an output one fen below "
            + s.value(GROWTH_OUTPUT_BELOW).toFenString() + " after 0.01 the year before) is only " + award + ".";
  }
}
