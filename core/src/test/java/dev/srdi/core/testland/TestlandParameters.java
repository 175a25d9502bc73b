package dev.srdi.core.testland;

import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import dev.srdi.core.policy.Citation;
import dev.srdi.core.policy.DocumentId;
import java.time.LocalDate;
import java.util.List;

/** Testland's parameter table: every number its measures read, with unit and citation. */
final class TestlandParameters {
  static final DocumentId GUILIN = DocumentId.of("004_901c7209498bc010");
  static final DocumentId ZHANJIANG = DocumentId.of("000_753bb4b18f4652ce");
  static final DocumentId XIANGXIANG = DocumentId.of("003_4c671a9120ac6c40");

  static final Parameter<Money> FIRST_AWARD = Parameter.of("testland.first-city-award.amount",
      "one-time award on a first city-level SRDI recognition", Unit.YUAN, Money.wan("10"),
      Citation.of(GUILIN, "二、（三）", "首次被认定为市级“专精特新”中小企业，给予一次性奖励10万元"));
  static final Parameter<Money> PROVINCIAL_SRDI = Parameter.of("testland.tier-award.provincial-srdi",
      "cap of the provincial SRDI award", Unit.YUAN, Money.wan("30"),
      Citation.of(ZHANJIANG, "三、(一)", "认定(含复核)为省级专精特新企业给予不超过30万元的奖励"));
  static final Parameter<Money> NATIONAL_LITTLE_GIANT = Parameter.of("testland.tier-award.national-little-giant",
      "cap of the national little-giant award", Unit.YUAN, Money.wan("50"),
      Citation.of(ZHANJIANG, "三、(一)", "被认定(含复核)为国家级专精特新小巨人企业的给予不超过50万元奖励"));
  static final Parameter<LocalDate> TIER_FROM = Parameter.of("testland.tier-award.from",
      "recognitions count from this day", Unit.DATE, LocalDate.of(2022, 1, 1),
      Citation.of(ZHANJIANG, "三、(一)", "对2022年以来"));
  static final Parameter<Rate> GROWTH_RATE = Parameter.of("testland.growth-award.rate",
      "share of the output increase paid", Unit.PERMILLE, Rate.permille("3"),
      Citation.of(GUILIN, "二、（四）", "每家按照产值增长额的3‰给予奖励"));
  static final Parameter<Money> GROWTH_CAP = Parameter.of("testland.growth-award.cap",
      "most one growth award pays", Unit.YUAN, Money.wan("50"),
      Citation.of(GUILIN, "二、（四）", "最高奖励不超过50万元"));
  static final Parameter<Money> GROWTH_FLOOR = Parameter.of("testland.growth-award.output-from",
      "lowest output value of the bracket (含)", Unit.YUAN, Money.yi("0.2"),
      Citation.of(GUILIN, "二、（四）", "当年产值0.2亿元（含）—1亿元"));
  static final Parameter<Money> GROWTH_CEILING = Parameter.of("testland.growth-award.output-below",
      "output value from which other policies apply", Unit.YUAN, Money.yi("1"),
      Citation.of(GUILIN, "二、（四）", "当年产值1亿元以上的，奖励标准按照其他工业政策执行"));
  static final Parameter<Rate> OUTPUT_GROWTH = Parameter.of("testland.growth-award.output-growth",
      "least output growth over the previous year", Unit.PERCENT, Rate.percent("35"),
      Citation.of(GUILIN, "二、（四）", "同比增长35%及税收增长10%以上"));
  static final Parameter<Rate> TAX_GROWTH = Parameter.of("testland.growth-award.tax-growth",
      "least tax growth over the previous year", Unit.PERCENT, Rate.percent("10"),
      Citation.of(GUILIN, "二、（四）", "同比增长35%及税收增长10%以上"));
  static final Parameter<Rate> CLOUD_RATE = Parameter.of("testland.cloud-subsidy.rate",
      "share of the investment subsidised (以内: a cap)", Unit.PERCENT, Rate.percent("5"),
      Citation.of(XIANGXIANG, "三、8", "给予投资额5%以内（最高不超过5万元）的补助"));
  static final Parameter<Money> CLOUD_FLOOR = Parameter.of("testland.cloud-subsidy.investment-from",
      "least investment (以上)", Unit.YUAN, Money.wan("50"),
      Citation.of(XIANGXIANG, "三、8", "对投入50万元以上、开展深度“上云上平台”的“专精特新”中小企业"));
  static final Parameter<Money> CLOUD_CAP = Parameter.of("testland.cloud-subsidy.cap",
      "most one subsidy pays", Unit.YUAN, Money.wan("5"),
      Citation.of(XIANGXIANG, "三、8", "最高不超过5万元"));
  static final Parameter<Money> PER_PRODUCT = Parameter.of("testland.medical-product-award.per-product",
      "award per product", Unit.YUAN, Money.wan("5"),
      Citation.of(XIANGXIANG, "三、6", "按照每个品种 5 万元的标准给予一次性奖励"));

  static final List<Parameter<?>> ALL = List.of(FIRST_AWARD, PROVINCIAL_SRDI, NATIONAL_LITTLE_GIANT, TIER_FROM,
      GROWTH_RATE, GROWTH_CAP, GROWTH_FLOOR, GROWTH_CEILING, OUTPUT_GROWTH, TAX_GROWTH, CLOUD_RATE, CLOUD_FLOOR,
      CLOUD_CAP, PER_PRODUCT);

  private TestlandParameters() {}
}
