package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.measure.Coverage;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.ParameterKey;
import dev.srdi.core.parameter.Unit;
import java.time.LocalDate;
import java.util.List;

/**
 * Xiangxiang's one parameter table: every amount, rate, threshold, date and target number of both
 * plans, with its unit and the words it comes from. Measures, targets and duties read these and
 * nothing else.
 */
public final class XiangxiangParameters {

  // In-force window (see XiangxiangDocuments).
  public static final Parameter<LocalDate> WINDOW_FROM =
      key("xiangxiang.window.from", Unit.DATE);
  public static final Parameter<LocalDate> WINDOW_UNTIL =
      key("xiangxiang.window.until", Unit.DATE);

  // Plan two 三、2 and 三、3: awards for new recognitions on the ladder.
  public static final Parameter<Money> CITY_SRDI_AWARD =
      key("xiangxiang.award.city-srdi.amount", Unit.YUAN);
  public static final Parameter<Money> PROVINCIAL_SRDI_AWARD =
      key("xiangxiang.award.provincial-srdi.amount", Unit.YUAN);
  public static final Parameter<Money> PROVINCIAL_CHAMPION_PRODUCT_AWARD =
      key("xiangxiang.award.provincial-single-champion-product.amount", Unit.YUAN);
  public static final Parameter<Money> NATIONAL_LITTLE_GIANT_AWARD =
      key("xiangxiang.award.national-little-giant.amount", Unit.YUAN);
  public static final Parameter<Money> NATIONAL_KEY_LITTLE_GIANT_AWARD =
      key("xiangxiang.award.national-key-little-giant.amount", Unit.YUAN);
  public static final Parameter<Money> NATIONAL_CHAMPION_PRODUCT_AWARD =
      key("xiangxiang.award.national-single-champion-product.amount", Unit.YUAN);

  // Plan two 三、4–7: innovation, quality and brand.
  public static final Parameter<Money> PATENT_BREAKTHROUGH_AWARD =
      key("xiangxiang.innovation.invention-patent-breakthrough.amount", Unit.YUAN);
  public static final Parameter<Money> TECH_CENTER_AWARD =
      key("xiangxiang.innovation.tech-center.amount", Unit.YUAN);
  public static final Parameter<Money> MEDICAL_PRODUCT_AWARD =
      key("xiangxiang.innovation.medical-product.per-product", Unit.YUAN);
  public static final Parameter<Money> QUALITY_BRAND_PILOT_AWARD =
      key("xiangxiang.quality.brand-pilot.amount", Unit.YUAN);
  public static final Parameter<Money> THREE_PRODUCTS_AWARD =
      key("xiangxiang.quality.three-products-benchmark.amount", Unit.YUAN);
  public static final Parameter<Money> GREEN_NATIONAL_AWARD =
      key("xiangxiang.quality.green-manufacturing-national.amount", Unit.YUAN);
  public static final Parameter<Money> GREEN_PROVINCIAL_AWARD =
      key("xiangxiang.quality.green-manufacturing-provincial.amount", Unit.YUAN);
  public static final Parameter<Money> WEAPONS_CONFIDENTIALITY_AWARD =
      key("xiangxiang.quality.weapons-confidentiality.amount", Unit.YUAN);
  public static final Parameter<Money> WEAPONS_QUALITY_AWARD =
      key("xiangxiang.quality.weapons-quality-system.amount", Unit.YUAN);
  public static final Parameter<Money> WEAPONS_LICENSE_AWARD =
      key("xiangxiang.quality.weapons-production-license.amount", Unit.YUAN);
  public static final Parameter<Money> EQUIPMENT_CONTRACTOR_AWARD =
      key("xiangxiang.quality.equipment-contractor.amount", Unit.YUAN);

  // Plan two 三、8–9: digital transformation.
  public static final Parameter<Rate> CLOUD_RATE =
      key("xiangxiang.digital.cloud-adoption.rate", Unit.PERCENT);
  public static final Parameter<Money> CLOUD_INVESTMENT_FROM =
      key("xiangxiang.digital.cloud-adoption.investment-from", Unit.YUAN);
  public static final Parameter<Money> CLOUD_CAP =
      key("xiangxiang.digital.cloud-adoption.cap", Unit.YUAN);
  public static final Parameter<Rate> SMART_RATE =
      key("xiangxiang.digital.smart-upgrade.rate", Unit.PERCENT);
  public static final Parameter<Money> SMART_CAP =
      key("xiangxiang.digital.smart-upgrade.cap", Unit.YUAN);
  public static final Parameter<Money> PROVINCIAL_DEMONSTRATION_AWARD =
      key("xiangxiang.digital.provincial-demonstration.amount", Unit.YUAN);
  public static final Parameter<Money> NATIONAL_DEMONSTRATION_AWARD =
      key("xiangxiang.digital.national-demonstration.amount", Unit.YUAN);

  // Plan one 三、（二）–（四）: pools and the revenue bounds that define them.
  public static final Parameter<Money> POOL_REVENUE_FROM =
      key("xiangxiang.small-to-above.revenue-from", Unit.YUAN);
  public static final Parameter<Money> POOL_REVENUE_TO =
      key("xiangxiang.small-to-above.revenue-to", Unit.YUAN);
  public static final Parameter<Money> SCALE_THRESHOLD =
      key("xiangxiang.above-size.revenue-threshold", Unit.YUAN);
  public static final Parameter<Money> AT_RISK_REVENUE_TO =
      key("xiangxiang.at-risk.revenue-to", Unit.YUAN);

  // Plan one 一 and 三、（一）: targets.
  public static final Parameter<LocalDate> ABOVE_SIZE_DEADLINE =
      key("xiangxiang.target.above-size.deadline", Unit.DATE);
  public static final Parameter<Integer> ABOVE_SIZE_TOTAL =
      key("xiangxiang.target.above-size.total", Unit.COUNT);
  public static final Parameter<Integer> ABOVE_SIZE_INDUSTRIAL =
      key("xiangxiang.target.above-size.industrial", Unit.COUNT);
  public static final Parameter<Integer> ABOVE_SIZE_TRADE =
      key("xiangxiang.target.above-size.trade-logistics", Unit.COUNT);
  public static final Parameter<Integer> ABOVE_SIZE_CONSTRUCTION =
      key("xiangxiang.target.above-size.construction", Unit.COUNT);
  public static final Parameter<Integer> ABOVE_SIZE_SERVICE =
      key("xiangxiang.target.above-size.service", Unit.COUNT);
  public static final Parameter<Rate> ZONE_SHARE =
      key("xiangxiang.target.above-size.zone-share", Unit.PERCENT);
  public static final Parameter<Integer> NEW_ENTRIES =
      key("xiangxiang.target.new-entries.count", Unit.COUNT);
  public static final Parameter<LocalDate> NEW_ENTRIES_DEADLINE =
      key("xiangxiang.target.new-entries.deadline", Unit.DATE);

  // Plan two 二 and 三: targets.
  public static final Parameter<Integer> YEARLY_CITY_SRDI =
      key("xiangxiang.target.yearly.city-srdi", Unit.COUNT);
  public static final Parameter<Integer> YEARLY_PROVINCIAL_SRDI =
      key("xiangxiang.target.yearly.provincial-srdi", Unit.COUNT);
  public static final Parameter<Integer> YEARLY_NATIONAL_LITTLE_GIANT =
      key("xiangxiang.target.yearly.national-little-giant", Unit.COUNT);
  public static final Parameter<LocalDate> SRDI_DEADLINE =
      key("xiangxiang.target.srdi.deadline", Unit.DATE);
  public static final Parameter<Integer> STOCK_CITY_SRDI =
      key("xiangxiang.target.stock.city-srdi", Unit.COUNT);
  public static final Parameter<Integer> STOCK_PROVINCIAL_SRDI =
      key("xiangxiang.target.stock.provincial-srdi", Unit.COUNT);
  public static final Parameter<Integer> STOCK_NATIONAL_LITTLE_GIANT =
      key("xiangxiang.target.stock.national-little-giant", Unit.COUNT);
  public static final Parameter<Integer> STOCK_SINGLE_CHAMPION =
      key("xiangxiang.target.stock.single-champion", Unit.COUNT);
  public static final Parameter<Integer> SEEDS =
      key("xiangxiang.target.seeds.total", Unit.COUNT);
  public static final Parameter<Integer> SEEDS_ZONE =
      key("xiangxiang.target.seeds.zone", Unit.COUNT);
  public static final Parameter<Integer> SEEDS_TOWNS =
      key("xiangxiang.target.seeds.towns", Unit.COUNT);
  public static final Parameter<Integer> INVENTION_PATENTS =
      key("xiangxiang.target.invention-patents", Unit.COUNT);
  public static final Parameter<Integer> TECH_CENTERS =
      key("xiangxiang.target.tech-centers", Unit.COUNT);
  public static final Parameter<Integer> TECH_RESULTS =
      key("xiangxiang.target.tech-results", Unit.COUNT);
  public static final Parameter<Integer> DEMONSTRATIONS =
      key("xiangxiang.target.demonstrations", Unit.COUNT);
  public static final Parameter<Integer> LOANS =
      key("xiangxiang.target.loans.count", Unit.COUNT);
  public static final Parameter<Money> LOAN_AMOUNT_FROM =
      key("xiangxiang.target.loans.amount-from", Unit.YUAN);
  public static final Parameter<Integer> EQUITY_FINANCINGS =
      key("xiangxiang.target.equity-financings", Unit.COUNT);
  public static final Parameter<Integer> TRAINED =
      key("xiangxiang.target.trained", Unit.COUNT);
  public static final Parameter<Integer> TRAINED_SENIOR =
      key("xiangxiang.target.trained-senior-managers", Unit.COUNT);
  public static final Parameter<Integer> JOB_FAIRS =
      key("xiangxiang.target.job-fairs", Unit.COUNT);

  // Plan two 四、（三）: the monthly report.
  public static final Parameter<Integer> MONTHLY_REPORT_DAY =
      key("xiangxiang.duty.monthly-report.day", Unit.COUNT);

  /** Every measure covers the events of the plans' years (see {@link XiangxiangDocuments}). */
  public static final Coverage PLAN_YEARS = Coverage.between(WINDOW_FROM, WINDOW_UNTIL);

  static final List<Parameter<?>> ALL = TABLES.parameters();

  private XiangxiangParameters() {}

  /** The table's entry for the typed key: its id and the unit the measures read it in. */
  private static <T> Parameter<T> key(String id, Unit<T> unit) {
    return TABLES.parameter(ParameterKey.of(id, unit));
  }
}
