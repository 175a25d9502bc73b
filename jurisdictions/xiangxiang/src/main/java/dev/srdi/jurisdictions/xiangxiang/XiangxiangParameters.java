package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.aboveSize;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments.srdi;

import dev.srdi.core.measure.Coverage;
import dev.srdi.core.money.Money;
import dev.srdi.core.money.Rate;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Unit;
import java.time.LocalDate;
import java.util.List;

/**
 * Xiangxiang's one parameter table: every amount, rate, threshold, date and target number of both
 * plans, with its unit and the words it comes from. Measures, targets and duties read these and
 * nothing else.
 */
public final class XiangxiangParameters {
  private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

  // In-force window (see XiangxiangDocuments).
  public static final Parameter<LocalDate> WINDOW_FROM = Parameter.of("xiangxiang.window.from",
      "first day of events the plans cover: the plans are for 2022—2025 and pay awards from the fund of the event's year (当年)",
      Unit.DATE, XiangxiangDocuments.COVERED_FROM, srdi("标题", "培育计划 (2022—2025年)"));
  public static final Parameter<LocalDate> WINDOW_UNTIL = Parameter.of("xiangxiang.window.until",
      "first day of events the plans no longer cover (the day after 2025-12-31)",
      Unit.DATE, XiangxiangDocuments.COVERED_UNTIL, srdi("标题", "培育计划 (2022—2025年)"));

  // Plan two 三、2 and 三、3: awards for new recognitions on the ladder.
  public static final Parameter<Money> CITY_SRDI_AWARD = Parameter.of("xiangxiang.award.city-srdi.amount",
      "one-time award for a new Xiangtan-city-level SRDI SME (湘潭市级“专精特新”中小企业)", Unit.YUAN, Money.wan("5"),
      srdi("三、（一）2", "在当年的本级产业发展资金中给予5万元的一次性"));
  public static final Parameter<Money> PROVINCIAL_SRDI_AWARD = Parameter.of("xiangxiang.award.provincial-srdi.amount",
      "one-time award for a new provincial SRDI SME (省级“专精特新”中小企业)", Unit.YUAN, Money.wan("10"),
      srdi("三、（一）2", "分别按照10万元/家、20万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> PROVINCIAL_CHAMPION_PRODUCT_AWARD = Parameter.of(
      "xiangxiang.award.provincial-single-champion-product.amount",
      "one-time award for a new provincial single-champion product enterprise (省级单项冠军产品企业)", Unit.YUAN, Money.wan("20"),
      srdi("三、（一）2", "分别按照10万元/家、20万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> NATIONAL_LITTLE_GIANT_AWARD = Parameter.of(
      "xiangxiang.award.national-little-giant.amount",
      "one-time award for a new national little giant (国家级专精特新“小巨人”企业)", Unit.YUAN, Money.wan("20"),
      srdi("三、（一）3", "分别按照20万元/家、30万元/家、50万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> NATIONAL_KEY_LITTLE_GIANT_AWARD = Parameter.of(
      "xiangxiang.award.national-key-little-giant.amount",
      "one-time award for a new national key little giant (国家级专精特新重点“小巨人”企业)", Unit.YUAN, Money.wan("30"),
      srdi("三、（一）3", "分别按照20万元/家、30万元/家、50万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> NATIONAL_CHAMPION_PRODUCT_AWARD = Parameter.of(
      "xiangxiang.award.national-single-champion-product.amount",
      "one-time award for a new national manufacturing single-champion product enterprise (国家级制造业单项冠军产品企业)",
      Unit.YUAN, Money.wan("50"),
      srdi("三、（一）3", "分别按照20万元/家、30万元/家、50万元/家的标准给予一次性奖励"));

  // Plan two 三、4–7: innovation, quality and brand.
  public static final Parameter<Money> PATENT_BREAKTHROUGH_AWARD = Parameter.of(
      "xiangxiang.innovation.invention-patent-breakthrough.amount",
      "one-time award for an SME whose first invention patent (“破零”) is put to use within the year", Unit.YUAN, Money.wan("2"),
      srdi("三、（二）4", "按照 2 万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> TECH_CENTER_AWARD = Parameter.of("xiangxiang.innovation.tech-center.amount",
      "one-time award for a newly recognised Xiangtan-city-level enterprise technology centre", Unit.YUAN, Money.wan("5"),
      srdi("三、（二）5", "对新认定的湘潭市级企业技术中心，按照 5 万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> MEDICAL_PRODUCT_AWARD = Parameter.of(
      "xiangxiang.innovation.medical-product.per-product",
      "one-time award per product (品种) that won a provincial medical-device innovation or generic-drug consistency award",
      Unit.YUAN, Money.wan("5"),
      srdi("三、（二）6", "按照每个品种 5 万元的标准给予一次性奖励"));
  public static final Parameter<Money> QUALITY_BRAND_PILOT_AWARD = Parameter.of(
      "xiangxiang.quality.brand-pilot.amount",
      "one-time award for a new “湖湘精品” SME brand-capability pilot enterprise", Unit.YUAN, Money.wan("2"),
      srdi("三、（二）7", "“三品”标杆企业的中小企业，分别按照2万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> THREE_PRODUCTS_AWARD = Parameter.of(
      "xiangxiang.quality.three-products-benchmark.amount",
      "one-time award for a new “三品” benchmark enterprise", Unit.YUAN, Money.wan("2"),
      srdi("三、（二）7", "“三品”标杆企业的中小企业，分别按照2万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> GREEN_NATIONAL_AWARD = Parameter.of(
      "xiangxiang.quality.green-manufacturing-national.amount",
      "one-time award for passing the national green-manufacturing system programme", Unit.YUAN, Money.wan("5"),
      srdi("三、（二）7", "按照国家级5万元/家、省级3万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> GREEN_PROVINCIAL_AWARD = Parameter.of(
      "xiangxiang.quality.green-manufacturing-provincial.amount",
      "one-time award for passing the provincial green-manufacturing system programme", Unit.YUAN, Money.wan("3"),
      srdi("三、（二）7", "按照国家级5万元/家、省级3万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> WEAPONS_CONFIDENTIALITY_AWARD = Parameter.of(
      "xiangxiang.quality.weapons-confidentiality.amount",
      "one-time award for a newly obtained weapons R&D and production confidentiality qualification (保密资格证)",
      Unit.YUAN, Money.wan("5"),
      srdi("三、（二）7", "武器装备质量体系认证的中小企业分别一次性奖励5万元/家"));
  public static final Parameter<Money> WEAPONS_QUALITY_AWARD = Parameter.of(
      "xiangxiang.quality.weapons-quality-system.amount",
      "one-time award for a newly obtained weapons quality-system certification (质量体系认证)", Unit.YUAN, Money.wan("5"),
      srdi("三、（二）7", "武器装备质量体系认证的中小企业分别一次性奖励5万元/家"));
  public static final Parameter<Money> WEAPONS_LICENSE_AWARD = Parameter.of(
      "xiangxiang.quality.weapons-production-license.amount",
      "one-time award for a newly obtained weapons R&D and production licence (科研生产许可证)", Unit.YUAN, Money.wan("8"),
      srdi("三、（二）7", "装备承制单位资格证的中小企业分别一次性奖励8万元/家"));
  public static final Parameter<Money> EQUIPMENT_CONTRACTOR_AWARD = Parameter.of(
      "xiangxiang.quality.equipment-contractor.amount",
      "one-time award for a newly obtained equipment contractor qualification (装备承制单位资格证)", Unit.YUAN, Money.wan("8"),
      srdi("三、（二）7", "装备承制单位资格证的中小企业分别一次性奖励8万元/家"));

  // Plan two 三、8–9: digital transformation.
  public static final Parameter<Rate> CLOUD_RATE = Parameter.of("xiangxiang.digital.cloud-adoption.rate",
      "share of the investment subsidised (以内: the most that may be paid)", Unit.PERCENT, Rate.percent("5"),
      srdi("三、（三）8", "给予投资额5%以内（最高不超过5万元）的补助"));
  public static final Parameter<Money> CLOUD_INVESTMENT_FROM = Parameter.of(
      "xiangxiang.digital.cloud-adoption.investment-from",
      "least investment in deep cloud adoption (以上: the amount itself qualifies)", Unit.YUAN, Money.wan("50"),
      srdi("三、（三）8", "对投入50万元以上、开展深度“上云上平台”的“专精特新”中小企业"));
  public static final Parameter<Money> CLOUD_CAP = Parameter.of("xiangxiang.digital.cloud-adoption.cap",
      "most one cloud-adoption subsidy pays", Unit.YUAN, Money.wan("5"),
      srdi("三、（三）8", "给予投资额5%以内（最高不超过5万元）的补助"));
  public static final Parameter<Rate> SMART_RATE = Parameter.of("xiangxiang.digital.smart-upgrade.rate",
      "share of a smart-manufacturing project's investment subsidised (以内: the most that may be paid)", Unit.PERCENT,
      Rate.percent("10"), srdi("三、（三）8", "给予企业投资额10%以内（最高不超过10万元）的补助"));
  public static final Parameter<Money> SMART_CAP = Parameter.of("xiangxiang.digital.smart-upgrade.cap",
      "most one smart-manufacturing project's subsidy pays", Unit.YUAN, Money.wan("10"),
      srdi("三、（三）8", "给予企业投资额10%以内（最高不超过10万元）的补助"));
  public static final Parameter<Money> PROVINCIAL_DEMONSTRATION_AWARD = Parameter.of(
      "xiangxiang.digital.provincial-demonstration.amount",
      "one-time award per provincial programme (两化融合贯标标杆, 移动互联网/电子信息重点企业, 工业互联网平台)", Unit.YUAN,
      Money.wan("3"), srdi("三、（三）9", "分别按照3万元/家的标准给予一次性奖励"));
  public static final Parameter<Money> NATIONAL_DEMONSTRATION_AWARD = Parameter.of(
      "xiangxiang.digital.national-demonstration.amount",
      "one-time award per national digital-transformation pilot or demonstration programme", Unit.YUAN, Money.wan("5"),
      srdi("三、（三）9", "分别按5万元/家的标准给予一次性奖励"));

  // Plan one 三、（二）–（四）: pools and the revenue bounds that define them.
  public static final Parameter<Money> POOL_REVENUE_FROM = Parameter.of("xiangxiang.small-to-above.revenue-from",
      "lowest annual revenue of the small-to-above band “1000—2000万元” (included)", Unit.YUAN,
      Money.wan("1000"), aboveSize("三、（二）", "以营业收入1000—2000万元的小微企业为年度重点培育对象"));
  public static final Parameter<Money> POOL_REVENUE_TO = Parameter.of("xiangxiang.small-to-above.revenue-to",
      "highest annual revenue of the small-to-above band “1000—2000万元”; whether 2000万元 itself is in the band is "
          + "the interpretation xiangxiang.small-to-above-range (default: included)", Unit.YUAN, Money.wan("2000"),
      aboveSize("三、（二）", "以营业收入1000—2000万元的小微企业为年度重点培育对象"));
  public static final Parameter<Money> SCALE_THRESHOLD = Parameter.of("xiangxiang.above-size.revenue-threshold",
      "annual revenue at or above which (以上) an enterprise has “已达规模”, reached the above-size scale. NOT a figure of "
          + "this text, which names the scale but never sets it: 2000万元 is the national statistics standard (国家统计局) "
          + "for above-size industrial enterprises (年主营业务收入2000万元及以上), and also where the plan's pool band "
          + "“1000—2000万元” ends. The national standards for construction, trade and services differ; which sectors "
          + "this one figure is applied to is the interpretation xiangxiang.scale-by-sector (default: every sector). "
          + "It decides both “reached the scale but not counted” and a new entry (新增入规)",
      Unit.YUAN, Money.wan("2000"), aboveSize("三、（二）", "积极引导营业收入已达规模但未“入规入统”的企业“升规”"));
  public static final Parameter<Money> AT_RISK_REVENUE_TO = Parameter.of("xiangxiang.at-risk.revenue-to",
      "highest annual revenue of an above-size enterprise in the at-risk pool (以下: the amount itself qualifies)",
      Unit.YUAN, Money.wan("3000"), aboveSize("三、（三）", "精准定位年营业收入3000万元以下且存在退规风险的企业"));

  // Plan one 一 and 三、（一）: targets.
  public static final Parameter<LocalDate> ABOVE_SIZE_DEADLINE = Parameter.of("xiangxiang.target.above-size.deadline",
      "the above-size targets are to be reached by the end of 2025", Unit.DATE, END_OF_2025,
      aboveSize("一", "到2025年，全市规模以上企业总数达到640家以上"));
  public static final Parameter<Integer> ABOVE_SIZE_TOTAL = Parameter.of("xiangxiang.target.above-size.total",
      "above-size enterprises in the city (以上)", Unit.COUNT, 640,
      aboveSize("一", "全市规模以上企业总数达到640家以上"));
  public static final Parameter<Integer> ABOVE_SIZE_INDUSTRIAL = Parameter.of("xiangxiang.target.above-size.industrial",
      "above-size industrial enterprises (以上)", Unit.COUNT, 400, aboveSize("一", "其中规模以上工业企业400家以上"));
  public static final Parameter<Integer> ABOVE_SIZE_TRADE = Parameter.of("xiangxiang.target.above-size.trade-logistics",
      "above-size trade and logistics enterprises (以上)", Unit.COUNT, 120, aboveSize("一", "商贸物流企业120家以上"));
  public static final Parameter<Integer> ABOVE_SIZE_CONSTRUCTION = Parameter.of(
      "xiangxiang.target.above-size.construction", "above-size construction enterprises (以上)", Unit.COUNT, 70,
      aboveSize("一", "建筑业企业70家以上"));
  public static final Parameter<Integer> ABOVE_SIZE_SERVICE = Parameter.of("xiangxiang.target.above-size.service",
      "above-size service enterprises (以上)", Unit.COUNT, 50, aboveSize("一", "服务业企业50家以上"));
  public static final Parameter<Rate> ZONE_SHARE = Parameter.of("xiangxiang.target.above-size.zone-share",
      "share of above-size enterprises in the economic development zone (以上)", Unit.PERCENT, Rate.percent("70"),
      aboveSize("一", "经开区规模以上企业占比达到70%以上"));
  public static final Parameter<Integer> NEW_ENTRIES = Parameter.of("xiangxiang.target.new-entries.count",
      "new entries to the above-size list in 2022 (以上)", Unit.COUNT, 60,
      aboveSize("三、（一）", "力争2022年新增入规企业60家以上"));
  public static final Parameter<LocalDate> NEW_ENTRIES_DEADLINE = Parameter.of("xiangxiang.target.new-entries.deadline",
      "the last day of the year whose new entries the target counts", Unit.DATE, LocalDate.of(2022, 12, 31),
      aboveSize("三、（一）", "力争2022年新增入规企业60家以上"));

  // Plan two 二 and 三: targets.
  public static final Parameter<Integer> YEARLY_CITY_SRDI = Parameter.of("xiangxiang.target.yearly.city-srdi",
      "new Xiangtan-city-level SRDI “little giants” a year", Unit.COUNT, 5,
      srdi("二", "每年培育湘潭市级专精特新“小巨人”企业5家"));
  public static final Parameter<Integer> YEARLY_PROVINCIAL_SRDI = Parameter.of("xiangxiang.target.yearly.provincial-srdi",
      "new provincial SRDI “little giants” a year", Unit.COUNT, 3, srdi("二", "省级专精特新“小巨人”企业3家"));
  public static final Parameter<Integer> YEARLY_NATIONAL_LITTLE_GIANT = Parameter.of(
      "xiangxiang.target.yearly.national-little-giant", "new national little giants a year", Unit.COUNT, 1,
      srdi("二", "国家级专精特新“小巨人”企业1家"));
  public static final Parameter<LocalDate> SRDI_DEADLINE = Parameter.of("xiangxiang.target.srdi.deadline",
      "the SRDI stock targets are to be reached by the end of 2025", Unit.DATE, END_OF_2025,
      srdi("二", "到2025年，力争湘潭市级专精特新“小巨人”企业达到25家"));
  public static final Parameter<Integer> STOCK_CITY_SRDI = Parameter.of("xiangxiang.target.stock.city-srdi",
      "Xiangtan-city-level SRDI “little giants” by 2025", Unit.COUNT, 25,
      srdi("二", "力争湘潭市级专精特新“小巨人”企业达到25家"));
  public static final Parameter<Integer> STOCK_PROVINCIAL_SRDI = Parameter.of("xiangxiang.target.stock.provincial-srdi",
      "provincial SRDI “little giants” by 2025", Unit.COUNT, 15, srdi("二", "省级专精特新“小巨人”企业达到15家"));
  public static final Parameter<Integer> STOCK_NATIONAL_LITTLE_GIANT = Parameter.of(
      "xiangxiang.target.stock.national-little-giant", "national little giants by 2025", Unit.COUNT, 5,
      srdi("二", "国家级专精特新“小巨人”企业达到5家"));
  public static final Parameter<Integer> STOCK_SINGLE_CHAMPION = Parameter.of("xiangxiang.target.stock.single-champion",
      "single-champion product enterprises by 2025", Unit.COUNT, 1, srdi("二", "单项冠军产品企业达到1家"));
  public static final Parameter<Integer> SEEDS = Parameter.of("xiangxiang.target.seeds.total",
      "new seed enterprises (种子企业) a year", Unit.COUNT, 10, srdi("三、（一）1", "每年新增“种子企业”10家"));
  public static final Parameter<Integer> SEEDS_ZONE = Parameter.of("xiangxiang.target.seeds.zone",
      "of which in the economic development zone", Unit.COUNT, 7, srdi("三、（一）1", "其中经开区7家、乡镇（街道）3家"));
  public static final Parameter<Integer> SEEDS_TOWNS = Parameter.of("xiangxiang.target.seeds.towns",
      "of which in the townships and sub-districts", Unit.COUNT, 3, srdi("三、（一）1", "其中经开区7家、乡镇（街道）3家"));
  public static final Parameter<Integer> INVENTION_PATENTS = Parameter.of("xiangxiang.target.invention-patents",
      "new invention patents a year", Unit.COUNT, 15, srdi("三、（二）4", "每年新增发明专利 15 件"));
  public static final Parameter<Integer> TECH_CENTERS = Parameter.of("xiangxiang.target.tech-centers",
      "new Xiangtan-city-level enterprise technology centres a year", Unit.COUNT, 2,
      srdi("三、（二）5", "每年新增湘潭市级企业技术中心 2 个"));
  public static final Parameter<Integer> TECH_RESULTS = Parameter.of("xiangxiang.target.tech-results",
      "new technology results a year", Unit.COUNT, 10, srdi("三、（二）6", "每年新增技术成果 10 项"));
  public static final Parameter<Integer> DEMONSTRATIONS = Parameter.of("xiangxiang.target.demonstrations",
      "new pilot or demonstration enterprises a year", Unit.COUNT, 1, srdi("三、（三）9", "每年新增试点示范企业1家"));
  public static final Parameter<Integer> LOANS = Parameter.of("xiangxiang.target.loans.count",
      "new credit projects of 5 million yuan or more a year", Unit.COUNT, 10,
      srdi("三、（四）10", "每年新增500万元以上信贷项目10个"));
  public static final Parameter<Money> LOAN_AMOUNT_FROM = Parameter.of("xiangxiang.target.loans.amount-from",
      "least amount of a credit project that counts (以上: the amount itself counts)", Unit.YUAN, Money.wan("500"),
      srdi("三、（四）10", "每年新增500万元以上信贷项目10个"));
  public static final Parameter<Integer> EQUITY_FINANCINGS = Parameter.of("xiangxiang.target.equity-financings",
      "enterprises that carry out equity financing a year", Unit.COUNT, 3,
      srdi("三、（四）11", "力争每年推动3家企业实施股权融资"));
  public static final Parameter<Integer> TRAINED = Parameter.of("xiangxiang.target.trained",
      "intermediate and senior talents trained a year", Unit.COUNT, 30, srdi("三、（五）12", "每年培训中、高级人才30人"));
  public static final Parameter<Integer> TRAINED_SENIOR = Parameter.of("xiangxiang.target.trained-senior-managers",
      "senior business managers trained a year", Unit.COUNT, 10,
      srdi("三、（五）12", "重点培训高级经营管理人才，每年培训10人"));
  public static final Parameter<Integer> JOB_FAIRS = Parameter.of("xiangxiang.target.job-fairs",
      "talent job fairs a year", Unit.COUNT, 5, srdi("三、（五）13", "每年开展对接人才招聘会5场次"));

  // Plan two 四、（三）: the monthly report.
  public static final Parameter<Integer> MONTHLY_REPORT_DAY = Parameter.of("xiangxiang.duty.monthly-report.day",
      "day of the month by which lead and responsible units report the month's work (a day number, 1–28); "
          + "the duty's schedule is built from this default, because the SPI gives duties no settings",
      Unit.COUNT, 25, srdi("四、（三）", "于每月25日前将本月“专精特新”中小企业培育工作情况报送至市科技工信局中小企业办公室"));

  /** Every measure covers the events of the plans' years (see {@link XiangxiangDocuments}). */
  public static final Coverage PLAN_YEARS = Coverage.between(WINDOW_FROM, WINDOW_UNTIL);

  static final List<Parameter<?>> ALL = List.of(
      WINDOW_FROM, WINDOW_UNTIL,
      CITY_SRDI_AWARD, PROVINCIAL_SRDI_AWARD, PROVINCIAL_CHAMPION_PRODUCT_AWARD, NATIONAL_LITTLE_GIANT_AWARD,
      NATIONAL_KEY_LITTLE_GIANT_AWARD, NATIONAL_CHAMPION_PRODUCT_AWARD,
      PATENT_BREAKTHROUGH_AWARD, TECH_CENTER_AWARD, MEDICAL_PRODUCT_AWARD, QUALITY_BRAND_PILOT_AWARD,
      THREE_PRODUCTS_AWARD, GREEN_NATIONAL_AWARD, GREEN_PROVINCIAL_AWARD, WEAPONS_CONFIDENTIALITY_AWARD,
      WEAPONS_QUALITY_AWARD, WEAPONS_LICENSE_AWARD, EQUIPMENT_CONTRACTOR_AWARD,
      CLOUD_RATE, CLOUD_INVESTMENT_FROM, CLOUD_CAP, SMART_RATE, SMART_CAP, PROVINCIAL_DEMONSTRATION_AWARD,
      NATIONAL_DEMONSTRATION_AWARD,
      POOL_REVENUE_FROM, POOL_REVENUE_TO, SCALE_THRESHOLD, AT_RISK_REVENUE_TO,
      ABOVE_SIZE_DEADLINE, ABOVE_SIZE_TOTAL, ABOVE_SIZE_INDUSTRIAL, ABOVE_SIZE_TRADE, ABOVE_SIZE_CONSTRUCTION,
      ABOVE_SIZE_SERVICE, ZONE_SHARE, NEW_ENTRIES, NEW_ENTRIES_DEADLINE,
      YEARLY_CITY_SRDI, YEARLY_PROVINCIAL_SRDI, YEARLY_NATIONAL_LITTLE_GIANT, SRDI_DEADLINE, STOCK_CITY_SRDI,
      STOCK_PROVINCIAL_SRDI, STOCK_NATIONAL_LITTLE_GIANT, STOCK_SINGLE_CHAMPION, SEEDS, SEEDS_ZONE, SEEDS_TOWNS,
      INVENTION_PATENTS, TECH_CENTERS, TECH_RESULTS, DEMONSTRATIONS, LOANS, LOAN_AMOUNT_FROM, EQUITY_FINANCINGS,
      TRAINED, TRAINED_SENIOR, JOB_FAIRS,
      MONTHLY_REPORT_DAY);

  private XiangxiangParameters() {}
}
