package dev.srdi.benchmarks;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.CITY_SRDI_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_CHAMPION_PRODUCT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_KEY_LITTLE_GIANT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_LITTLE_GIANT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.PROVINCIAL_CHAMPION_PRODUCT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.PROVINCIAL_SRDI_AWARD;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.measure.Measure;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.jurisdictions.xiangxiang.HunanLadder;
import dev.srdi.jurisdictions.xiangxiang.award.Rung;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The floor for Xiangxiang's six ladder awards (三、2 and 三、3): each rung pays its amount once, for
 * the first new recognition at that rung that is dated by the as-of date and inside the plan years.
 */
public final class XiangxiangLadderLoop {
  /** One rung as the loop reads it: which recognitions match, what it pays, when. */
  private record Step(Title title, Level level, Money amount, CoveredPeriod period) {}

  private final List<Step> steps;
  private final Settings settings;

  public XiangxiangLadderLoop(Jurisdiction xiangxiang, Settings s, LocalDate asOf) {
    this.settings = s;
    this.steps = List.of(
        step(xiangxiang, Rung.CITY_SRDI, Title.SRDI_SME, Level.CITY, CITY_SRDI_AWARD, s, asOf),
        step(xiangxiang, Rung.PROVINCIAL_SRDI, Title.SRDI_SME, Level.PROVINCIAL, PROVINCIAL_SRDI_AWARD, s, asOf),
        step(xiangxiang, Rung.PROVINCIAL_CHAMPION_PRODUCT, Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL,
            PROVINCIAL_CHAMPION_PRODUCT_AWARD, s, asOf),
        step(xiangxiang, Rung.NATIONAL_LITTLE_GIANT, Title.LITTLE_GIANT, Level.NATIONAL, NATIONAL_LITTLE_GIANT_AWARD,
            s, asOf),
        step(xiangxiang, Rung.NATIONAL_KEY_LITTLE_GIANT, Title.KEY_LITTLE_GIANT, Level.NATIONAL,
            NATIONAL_KEY_LITTLE_GIANT_AWARD, s, asOf),
        step(xiangxiang, Rung.NATIONAL_CHAMPION_PRODUCT, Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL,
            NATIONAL_CHAMPION_PRODUCT_AWARD, s, asOf));
  }

  private static Step step(Jurisdiction city, Rung rung, Title title, Level level, Parameter<Money> amount,
      Settings s, LocalDate asOf) {
    Measure measure = city.measures().stream()
        .filter(m -> m.id().value().equals(rung.measureId()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no measure " + rung.measureId()));
    return new Step(title, level, s.value(amount), CoveredPeriod.of(city, measure.descriptor(), s, asOf));
  }

  /** The ids of the measures this loop implements, for the engine's side of the comparison. */
  public static boolean implemented(Measure m) {
    String id = m.id().value();
    return Arrays.stream(Rung.values()).anyMatch(r -> r.measureId().equals(id));
  }

  public Money total(Enterprise e) {
    Money total = Money.zero();
    for (Step step : steps) {
      for (Recognition r : e.recognitions()) {
        if (r.isNew() && matches(step, r) && step.period().pays(r.date())) {
          total = total.plus(step.amount());
          break;
        }
      }
    }
    return total;
  }

  private boolean matches(Step step, Recognition r) {
    return step.title() == Title.SRDI_SME ? HunanLadder.isSrdiSme(r, step.level(), settings)
        : r.title() == step.title() && r.level() == step.level();
  }
}
