package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinDocuments.cite;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Guilin's parameter table: every amount, rate, threshold, date, count and target value of the
 * document, with its unit and the words it comes from. Measures, targets and duties read these and
 * never a literal, so that a what-if can change any of them.
 */
public final class GuilinParameters {

  // 末段: the trial measure's term.
  public static final Parameter<Integer> VALIDITY_YEARS = Parameter.of("guilin.document.validity-years",
      "years the trial measure is in force from its issue date (the date is not given)", Unit.YEARS, 2,
      cite("末段", "自印发之日起施行，有效期2年"));

  // 一、（二）: the doubling plan.
  public static final Parameter<Integer> NEW_CITY_SRDI_A_YEAR = Parameter.of("guilin.new-city-srdi-target.count",
      "new city-level SRDI SMEs entered in the pool each year (以上: at least)", Unit.COUNT, 30,
      cite("一、（二）", "每年培育入库30家以上市级“专精特新”中小企业"));
  public static final Parameter<BigDecimal> SRDI_COUNT_FACTOR = Parameter.of("guilin.srdi-count-target.factor",
      "factor by which the number of SRDI SMEs of all levels grows (翻一番: doubles)", Unit.FACTOR, BigDecimal.valueOf(2),
      cite("一、（二）", "2年内我市各级“专精特新”中小企业数量翻一番"));
  public static final Parameter<Integer> SRDI_COUNT_YEARS = Parameter.of("guilin.srdi-count-target.years",
      "years within which the number of SRDI SMEs doubles", Unit.YEARS, 2,
      cite("一、（二）", "2年内我市各级“专精特新”中小企业数量翻一番"));
  public static final Parameter<BigDecimal> SRDI_OUTPUT_FACTOR = Parameter.of("guilin.srdi-output-target.factor",
      "factor by which the total output value of SRDI SMEs of all levels grows (翻一番: doubles)", Unit.FACTOR,
      BigDecimal.valueOf(2),
      cite("一、（二）", "3年内我市各级“专精特新”中小企业产值总量翻一番"));
  public static final Parameter<Integer> SRDI_OUTPUT_YEARS = Parameter.of("guilin.srdi-output-target.years",
      "years within which the total output value of SRDI SMEs doubles", Unit.YEARS, 3,
      cite("一、（二）", "3年内我市各级“专精特新”中小企业产值总量翻一番"));

  // 二、（三）: the first city-level SRDI award.
  public static final Parameter<Money> FIRST_AWARD = Parameter.of("guilin.first-city-srdi-award.amount",
      "one-time award on a first city-level SRDI recognition (给予: exactly)", Unit.YUAN, Money.wan("10"),
      cite("二、（三）", "首次被认定为市级“专精特新”中小企业，给予一次性奖励10万元"));

  // 二、（四）: the growth award.
  public static final Parameter<Rate> GROWTH_RATE = Parameter.of("guilin.growth-award.rate",
      "share of the year's increase in output value paid", Unit.PERMILLE, Rate.permille("3"),
      cite("二、（四）", "每家按照产值增长额的3‰给予奖励"));
  public static final Parameter<Money> GROWTH_CAP = Parameter.of("guilin.growth-award.cap",
      "most one growth award pays (不超过: at most)", Unit.YUAN, Money.wan("50"),
      cite("二、（四）", "最高奖励不超过50万元"));
  public static final Parameter<Money> GROWTH_OUTPUT_FROM = Parameter.of("guilin.growth-award.output-from",
      "lowest output value of the year in the bracket (（含）: included)", Unit.YUAN, Money.yi("0.2"),
      cite("二、（四）", "当年产值0.2亿元（含）—1亿元"));
  public static final Parameter<Money> GROWTH_OUTPUT_BELOW = Parameter.of("guilin.growth-award.output-below",
      "output value of the year from which other industrial policies apply instead (1亿元以上 takes the value itself,"
          + " so the bracket stops below it)", Unit.YUAN, Money.yi("1"),
      cite("二、（四）", "当年产值1亿元以上的，奖励标准按照其他工业政策执行"));
  public static final Parameter<Rate> OUTPUT_GROWTH = Parameter.of("guilin.growth-award.output-growth",
      "least growth of output value over the previous year (以上: included)", Unit.PERCENT, Rate.percent("35"),
      cite("二、（四）", "同比增长35%及税收增长10%以上"));
  public static final Parameter<Rate> TAX_GROWTH = Parameter.of("guilin.growth-award.tax-growth",
      "least growth of tax paid over the previous year (以上: included)", Unit.PERCENT, Rate.percent("10"),
      cite("二、（四）", "同比增长35%及税收增长10%以上"));

  // 四、（八）: the liaison.
  public static final Parameter<Integer> LIAISONS_PER_FIRM = Parameter.of("guilin.liaison.per-firm",
      "liaisons assigned to each SRDI SME", Unit.COUNT, 1,
      cite("四、（八）", "每家“专精特新”中小企业设置1名联络员"));
  public static final Parameter<Integer> DIFFICULTIES_A_YEAR = Parameter.of("guilin.liaison.difficulties-a-year",
      "least number of difficulties a liaison resolves for the firm each year (至少: at least)", Unit.COUNT, 1,
      cite("四、（八）", "联络员每年至少为联系企业解决1项困难"));

  // 五、（十）: listing.
  public static final Parameter<Integer> LISTING_RESERVE = Parameter.of("guilin.listing-reserve-target.count",
      "least number of SRDI SMEs in the listing reserve (不少于: at least)", Unit.COUNT, 10,
      cite("五、（十）", "优选不少于10家“专精特新”中小企业纳入上市后备企业资源库"));
  public static final Parameter<Integer> LISTED = Parameter.of("guilin.listed-target.count",
      "least number of SRDI SMEs newly listed (上市) or quoted (挂牌) (以上: at least)", Unit.COUNT, 5,
      cite("五、（十）", "新增“专精特新”中小企业上市（挂牌）5家以上"));
  public static final Parameter<LocalDate> LISTED_BY = Parameter.of("guilin.listed-target.deadline",
      "last day for the listings (到2025年: by the end of 2025)", Unit.DATE, LocalDate.of(2025, 12, 31),
      cite("五、（十）", "力争到2025年"));

  // 九、（十六）: training.
  public static final Parameter<Integer> MANAGERS_TRAINED = Parameter.of("guilin.managers-trained-target.count",
      "least number of SRDI managers trained each year (不少于: at least)", Unit.COUNT, 200,
      cite("九、（十六）", "每年培训经营管理人才不少于200名"));

  static final List<Parameter<?>> ALL = List.of(VALIDITY_YEARS,
      NEW_CITY_SRDI_A_YEAR, SRDI_COUNT_FACTOR, SRDI_COUNT_YEARS, SRDI_OUTPUT_FACTOR, SRDI_OUTPUT_YEARS,
      FIRST_AWARD,
      GROWTH_RATE, GROWTH_CAP, GROWTH_OUTPUT_FROM, GROWTH_OUTPUT_BELOW, OUTPUT_GROWTH, TAX_GROWTH,
      LIAISONS_PER_FIRM, DIFFICULTIES_A_YEAR,
      LISTING_RESERVE, LISTED, LISTED_BY,
      MANAGERS_TRAINED);

  private GuilinParameters() {}
}
