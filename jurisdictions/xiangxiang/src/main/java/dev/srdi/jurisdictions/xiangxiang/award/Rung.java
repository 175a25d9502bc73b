package dev.srdi.jurisdictions.xiangxiang.award;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.CITY_SRDI_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_CHAMPION_PRODUCT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_KEY_LITTLE_GIANT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_LITTLE_GIANT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.PROVINCIAL_CHAMPION_PRODUCT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.PROVINCIAL_SRDI_AWARD;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.jurisdictions.xiangxiang.HunanLadder;

/**
 * The six rungs 三、2 and 三、3 reward, each with its own award: climbing from one to the next earns the
 * next one's award too, because the plan has no highest-only rule.
 */
public enum Rung {
  CITY_SRDI("city-srdi", Title.SRDI_SME, Level.CITY, CITY_SRDI_AWARD),
  PROVINCIAL_SRDI("provincial-srdi", Title.SRDI_SME, Level.PROVINCIAL, PROVINCIAL_SRDI_AWARD),
  PROVINCIAL_CHAMPION_PRODUCT("provincial-single-champion-product", Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL,
      PROVINCIAL_CHAMPION_PRODUCT_AWARD),
  NATIONAL_LITTLE_GIANT("national-little-giant", Title.LITTLE_GIANT, Level.NATIONAL, NATIONAL_LITTLE_GIANT_AWARD),
  NATIONAL_KEY_LITTLE_GIANT("national-key-little-giant", Title.KEY_LITTLE_GIANT, Level.NATIONAL,
      NATIONAL_KEY_LITTLE_GIANT_AWARD),
  NATIONAL_CHAMPION_PRODUCT("national-single-champion-product", Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL,
      NATIONAL_CHAMPION_PRODUCT_AWARD);

  private final String slug;
  private final Title title;
  private final Level level;
  private final Parameter<Money> amount;

  /** Names and clause of each rung's award: xiangxiang/measures.yaml, by {@link #measureId()}. */
  Rung(String slug, Title title, Level level, Parameter<Money> amount) {
    this.slug = slug;
    this.title = title;
    this.level = level;
    this.amount = amount;
  }

  /** Whether the recognition is this rung's title at exactly this rung's level (by Hunan's names for SRDI SMEs). */
  boolean matches(Recognition r, Settings settings) {
    return title == Title.SRDI_SME ? HunanLadder.isSrdiSme(r, level, settings) : r.title() == title && r.level() == level;
  }

  Title title() {
    return title;
  }

  Level level() {
    return level;
  }

  public String measureId() {
    return "xiangxiang.award." + slug;
  }

  Parameter<Money> amount() {
    return amount;
  }
}
