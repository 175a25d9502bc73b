package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.parameter.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The typed keys of Zhanjiang's parameters, each resolved from {@code zhanjiang/parameters.yaml}, where the
 * values, units and clauses are: a key whose entry is missing or has another unit stops the plugin loading.
 */
public final class ZhanjiangParameters {

  // 三、（一） tier awards
  public static final Parameter<LocalDate> TIER_AWARD_FROM =
      key("zhanjiang.tier-award.from", Unit.DATE);
  public static final Parameter<Money> TIER_AWARD_LITTLE_GIANT =
      key("zhanjiang.tier-award.national-little-giant", Unit.YUAN);
  public static final Parameter<Money> TIER_AWARD_PROVINCIAL_SRDI =
      key("zhanjiang.tier-award.provincial-srdi", Unit.YUAN);
  public static final Parameter<Money> TIER_AWARD_PROVINCIAL_INNOVATIVE =
      key("zhanjiang.tier-award.provincial-innovative", Unit.YUAN);

  // 三、（二） parks
  public static final Parameter<Integer> PARK_PLAQUE_MIN_FIRMS =
      key("zhanjiang.park-plaque.min-firms", Unit.COUNT);

  // 三、（五） digital
  public static final Parameter<Integer> DIGITAL_AWARD_MIN_PARTNERS =
      key("zhanjiang.digital-award.min-partners", Unit.COUNT);

  // 三、（六） land
  public static final Parameter<Rate> LAND_STANDARDS_REDUCTION =
      key("zhanjiang.land.standards-reduction", Unit.PERCENT);

  // 一 targets
  public static final Parameter<LocalDate> TARGET_DEADLINE =
      key("zhanjiang.target.deadline", Unit.DATE);
  public static final Parameter<Integer> TARGET_QUALITY_SMES =
      key("zhanjiang.target.quality-smes", Unit.COUNT);
  public static final Parameter<Integer> TARGET_INNOVATIVE_SMES =
      key("zhanjiang.target.innovative-smes", Unit.COUNT);
  public static final Parameter<Integer> TARGET_SRDI_SMES =
      key("zhanjiang.target.srdi-smes", Unit.COUNT);

  // 二、（七） revenue doubling
  public static final Parameter<BigDecimal> REVENUE_DOUBLING_FACTOR =
      key("zhanjiang.revenue-doubling.factor", Unit.FACTOR);
  public static final Parameter<Integer> REVENUE_DOUBLING_YEARS_FROM =
      key("zhanjiang.revenue-doubling.years-from", Unit.YEARS);
  public static final Parameter<Integer> REVENUE_DOUBLING_YEARS_TO =
      key("zhanjiang.revenue-doubling.years-to", Unit.YEARS);
  public static final Parameter<Integer> REVENUE_DOUBLING_FIRMS =
      key("zhanjiang.revenue-doubling.firms", Unit.COUNT);

  public static final List<Parameter<?>> ALL = TABLES.parameters();

  private ZhanjiangParameters() {}

  /** The table's entry for the typed key: its id and the unit the measures read it in. */
  private static <T> Parameter<T> key(String id, Unit<T> unit) {
    return TABLES.parameter(ParameterKey.of(id, unit));
  }
}
