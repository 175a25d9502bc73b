package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinTables.TABLES;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.parameter.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The typed keys of Guilin's parameters, each resolved from {@code guilin/parameters.yaml}, where
 * the values, units and clauses are: a key whose entry is missing or has another unit stops the
 * plugin from loading. Measures and targets read these and never a literal, so that a what-if or a
 * revision of the table changes them.
 */
public final class GuilinParameters {

  // 末段: the trial measure's term.
  public static final Parameter<Integer> VALIDITY_YEARS =
      key("guilin.document.validity-years", Unit.YEARS);

  // 一、（二）: the doubling plan.
  public static final Parameter<Integer> NEW_CITY_SRDI_A_YEAR =
      key("guilin.new-city-srdi-target.count", Unit.COUNT);
  public static final Parameter<BigDecimal> SRDI_COUNT_FACTOR =
      key("guilin.srdi-count-target.factor", Unit.FACTOR);
  public static final Parameter<Integer> SRDI_COUNT_YEARS =
      key("guilin.srdi-count-target.years", Unit.YEARS);
  public static final Parameter<BigDecimal> SRDI_OUTPUT_FACTOR =
      key("guilin.srdi-output-target.factor", Unit.FACTOR);
  public static final Parameter<Integer> SRDI_OUTPUT_YEARS =
      key("guilin.srdi-output-target.years", Unit.YEARS);

  // 二、（三）: the first city-level SRDI award.
  public static final Parameter<Money> FIRST_AWARD =
      key("guilin.first-city-srdi-award.amount", Unit.YUAN);

  // 二、（四）: the growth award.
  public static final Parameter<Rate> GROWTH_RATE =
      key("guilin.growth-award.rate", Unit.PERMILLE);
  public static final Parameter<Money> GROWTH_CAP =
      key("guilin.growth-award.cap", Unit.YUAN);
  public static final Parameter<Money> GROWTH_OUTPUT_FROM =
      key("guilin.growth-award.output-from", Unit.YUAN);
  public static final Parameter<Money> GROWTH_OUTPUT_BELOW =
      key("guilin.growth-award.output-below", Unit.YUAN);
  public static final Parameter<Rate> OUTPUT_GROWTH =
      key("guilin.growth-award.output-growth", Unit.PERCENT);
  public static final Parameter<Rate> TAX_GROWTH =
      key("guilin.growth-award.tax-growth", Unit.PERCENT);

  // 四、（八）: the liaison.
  public static final Parameter<Integer> LIAISONS_PER_FIRM =
      key("guilin.liaison.per-firm", Unit.COUNT);
  public static final Parameter<Integer> DIFFICULTIES_A_YEAR =
      key("guilin.liaison.difficulties-a-year", Unit.COUNT);

  // 五、（十）: listing.
  public static final Parameter<Integer> LISTING_RESERVE =
      key("guilin.listing-reserve-target.count", Unit.COUNT);
  public static final Parameter<Integer> LISTED =
      key("guilin.listed-target.count", Unit.COUNT);
  public static final Parameter<LocalDate> LISTED_BY =
      key("guilin.listed-target.deadline", Unit.DATE);

  // 九、（十六）: training.
  public static final Parameter<Integer> MANAGERS_TRAINED =
      key("guilin.managers-trained-target.count", Unit.COUNT);

  static final List<Parameter<?>> ALL = TABLES.parameters();

  private GuilinParameters() {}

  /** The table's entry for the typed key: its id and the unit the measures read it in. */
  private static <T> Parameter<T> key(String id, Unit<T> unit) {
    return TABLES.parameter(ParameterKey.of(id, unit));
  }
}
