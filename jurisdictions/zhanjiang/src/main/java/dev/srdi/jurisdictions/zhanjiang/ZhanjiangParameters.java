package dev.srdi.jurisdictions.zhanjiang;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments.cite;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Zhanjiang's parameter table: every amount, threshold, date and target value of the plan, with its clause. */
public final class ZhanjiangParameters {

  // 三、（一） tier awards
  public static final Parameter<LocalDate> TIER_AWARD_FROM = Parameter.of("zhanjiang.tier-award.from",
      "first day of the recognitions (new or renewed, 含复核) that earn a tier award (2022年以来); the period runs "
          + "until the plan expires", Unit.DATE,
      LocalDate.of(2022, 1, 1), cite("三、（一）", "对2022年以来"));
  public static final Parameter<Money> TIER_AWARD_LITTLE_GIANT = Parameter.of("zhanjiang.tier-award.national-little-giant",
      "cap of the award for a national little giant (不超过: the amount paid is discretionary)", Unit.YUAN,
      Money.wan("50"), cite("三、（一）", "被认定(含复核)为国家级专精特新小巨人企业的给予不超过50万元奖励"));
  public static final Parameter<Money> TIER_AWARD_PROVINCIAL_SRDI = Parameter.of("zhanjiang.tier-award.provincial-srdi",
      "cap of the award for a provincial SRDI SME (不超过: the amount paid is discretionary)", Unit.YUAN,
      Money.wan("30"), cite("三、（一）", "认定(含复核)为省级专精特新企业给予不超过30万元的奖励"));
  public static final Parameter<Money> TIER_AWARD_PROVINCIAL_INNOVATIVE = Parameter.of(
      "zhanjiang.tier-award.provincial-innovative",
      "cap of the award for a provincial innovative SME (不超过: the amount paid is discretionary)", Unit.YUAN,
      Money.wan("10"), cite("三、（一）", "对被认定(含复核)的省级创新型中小企业给予不超过10万元的奖励"));

  // 三、（二） parks
  public static final Parameter<Integer> PARK_PLAQUE_MIN_FIRMS = Parameter.of("zhanjiang.park-plaque.min-firms",
      "least number of provincial-or-above SRDI firms a park gathers to earn the plaque (以上: the number itself counts)",
      Unit.COUNT, 10, cite("三、（二）", "对聚集10家以上省级专精特新中小企业的产业园区授予专精特新园区牌匾"));

  // 三、（五） digital
  public static final Parameter<Integer> DIGITAL_AWARD_MIN_PARTNERS = Parameter.of("zhanjiang.digital-award.min-partners",
      "least number of up- and downstream firms a digital transformation brings along (以上: the number itself counts)",
      Unit.COUNT, 10, cite("三、（五）", "带动上下游企业10家以上的给予一定奖励"));

  // 三、（六） land
  public static final Parameter<Rate> LAND_STANDARDS_REDUCTION = Parameter.of("zhanjiang.land.standards-reduction",
      "most by which the investment-intensity and tax-contribution standards may be lowered for a national little giant "
          + "(不超过: a cap)", Unit.PERCENT, Rate.percent("30"),
      cite("三、（六）", "所考核的投资强度与税收贡献等标准可调低不超过30%"));

  // 一 targets
  public static final Parameter<LocalDate> TARGET_DEADLINE = Parameter.of("zhanjiang.target.deadline",
      "the targets of 一 are to be reached by the end of 2025 (到2025年)", Unit.DATE, LocalDate.of(2025, 12, 31),
      cite("一", "力争到2025年"));
  public static final Parameter<Integer> TARGET_QUALITY_SMES = Parameter.of("zhanjiang.target.quality-smes",
      "quality SMEs cultivated in the city, cumulative (以上)", Unit.COUNT, 300,
      cite("一", "在全市范围内累计培育300家以上优质中小企业"));
  public static final Parameter<Integer> TARGET_INNOVATIVE_SMES = Parameter.of("zhanjiang.target.innovative-smes",
      "of which provincial-or-above innovative SMEs (以上)", Unit.COUNT, 200, cite("一", "省级以上创新型企业200家以上"));
  public static final Parameter<Integer> TARGET_SRDI_SMES = Parameter.of("zhanjiang.target.srdi-smes",
      "of which SRDI SMEs, little giants included (以上)", Unit.COUNT, 100, cite("一", "专精特新中小企业100家以上"));

  // 二、（七） revenue doubling
  public static final Parameter<BigDecimal> REVENUE_DOUBLING_FACTOR = Parameter.of("zhanjiang.revenue-doubling.factor",
      "revenue multiple over the base year that counts as doubled (倍增)", Unit.FACTOR, new BigDecimal("2"),
      cite("二、（七）", "实现营收倍增"));
  public static final Parameter<Integer> REVENUE_DOUBLING_YEARS_FROM = Parameter.of("zhanjiang.revenue-doubling.years-from",
      "years after the base year from which a firm is due to have doubled (3至5年: the earlier end)", Unit.YEARS, 3,
      cite("二、（七）", "力争通过3至5年"));
  public static final Parameter<Integer> REVENUE_DOUBLING_YEARS_TO = Parameter.of("zhanjiang.revenue-doubling.years-to",
      "years after the base year within which doubling counts (3至5年: the later end, inclusive)", Unit.YEARS, 5,
      cite("二、（七）", "力争通过3至5年"));
  public static final Parameter<Integer> REVENUE_DOUBLING_FIRMS = Parameter.of("zhanjiang.revenue-doubling.firms",
      "firms that must double their revenue; the text says 一批 (a batch) and sets no number, so the default is the "
          + "least that makes the target mean anything (one firm): set it in a what-if", Unit.COUNT, 1,
      cite("二、（七）", "推动一批省级以上(含省级,下同)专精特新中小企业实现营收倍增"));

  public static final List<Parameter<?>> ALL = List.of(
      TIER_AWARD_FROM, TIER_AWARD_LITTLE_GIANT, TIER_AWARD_PROVINCIAL_SRDI, TIER_AWARD_PROVINCIAL_INNOVATIVE,
      PARK_PLAQUE_MIN_FIRMS, DIGITAL_AWARD_MIN_PARTNERS, LAND_STANDARDS_REDUCTION,
      TARGET_DEADLINE, TARGET_QUALITY_SMES, TARGET_INNOVATIVE_SMES, TARGET_SRDI_SMES,
      REVENUE_DOUBLING_FACTOR, REVENUE_DOUBLING_YEARS_FROM, REVENUE_DOUBLING_YEARS_TO, REVENUE_DOUBLING_FIRMS);

  private ZhanjiangParameters() {}
}
