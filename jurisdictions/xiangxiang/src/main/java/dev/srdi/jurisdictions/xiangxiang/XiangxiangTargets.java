package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.*;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.core.target.Measurement;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetPeriod;
import dev.srdi.core.target.TargetQuery;
import dev.srdi.jurisdictions.xiangxiang.abovesize.NewEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The numeric targets of both plans and how a portfolio shows them.
 *
 * <ul>
 *   <li>Above-size counts read the list status as it is now ({@code aboveDesignatedSize}, {@code industry},
 *       {@code inDevelopmentZone}); a new entry is read by {@link NewEntry}.</li>
 *   <li>"每年培育…" counts the enterprises with a new recognition (新认定) dated in the year, up to the report's
 *       cut-off; "到2025年…达到" counts per {@link XiangxiangInterpretations#STOCK_COUNT}; the levels are
 *       those {@link HunanLadder} maps Hunan's names to.</li>
 *   <li>Yearly numbers of achievements count the achievements dated in the year; "3家企业" counts
 *       enterprises. Seed firms, people trained and job fairs leave no trace in an enterprise's facts.</li>
 * </ul>
 *
 * Plan one's 一 names no unit; its targets carry the units 四、（一） puts in charge of the action. Plan two's
 * 二 names none either; each of its targets carries the units of the clause of 三 that does the work
 * (三、2 for the city and provincial counts, 三、3 for the national ones and the single champion).
 */
final class XiangxiangTargets {
  private static final String SEED_POOL_NOT_IN_FACTS =
      "the seed-enterprise pool is kept by the Bureau of Science, Technology, Industry and IT; an enterprise's facts do "
          + "not say whether it was put in the pool";

  private XiangxiangTargets() {}

  static final List<Target> ALL = List.of(
      // Plan one 一 and 三、（一）.
      byDeadline("xiangxiang.target.above-size.total", "规模以上企业总数", "above-size enterprises",
          ABOVE_SIZE_TOTAL, ABOVE_SIZE_DEADLINE, XiangxiangDepartments.ABOVE_SIZE_WORK,
          Metric.count("above-size enterprises in the portfolio (aboveDesignatedSize, status now)",
              (e, q) -> aboveSize(e))),
      byDeadline("xiangxiang.target.above-size.industrial", "规模以上工业企业", "above-size industrial enterprises",
          ABOVE_SIZE_INDUSTRIAL, ABOVE_SIZE_DEADLINE, XiangxiangDepartments.ABOVE_SIZE_WORK,
          inIndustry(Industry.INDUSTRIAL)),
      byDeadline("xiangxiang.target.above-size.trade-logistics", "规模以上商贸物流企业",
          "above-size trade and logistics enterprises", ABOVE_SIZE_TRADE, ABOVE_SIZE_DEADLINE,
          XiangxiangDepartments.ABOVE_SIZE_WORK, inIndustry(Industry.TRADE_LOGISTICS)),
      byDeadline("xiangxiang.target.above-size.construction", "规模以上建筑业企业", "above-size construction enterprises",
          ABOVE_SIZE_CONSTRUCTION, ABOVE_SIZE_DEADLINE, XiangxiangDepartments.ABOVE_SIZE_WORK,
          inIndustry(Industry.CONSTRUCTION)),
      byDeadline("xiangxiang.target.above-size.service", "规模以上服务业企业", "above-size service enterprises",
          ABOVE_SIZE_SERVICE, ABOVE_SIZE_DEADLINE, XiangxiangDepartments.ABOVE_SIZE_WORK, inIndustry(Industry.SERVICE)),
      byDeadline("xiangxiang.target.above-size.zone-share", "经开区规模以上企业占比",
          "share of above-size enterprises in the economic development zone", ZONE_SHARE, ABOVE_SIZE_DEADLINE,
          XiangxiangDepartments.ABOVE_SIZE_WORK,
          Metric.sharePercent("above-size enterprises in the development zone",
              (e, q) -> e.inDevelopmentZone().orElse(false), (e, q) -> aboveSize(e))),
      byDeadline("xiangxiang.target.new-entries", "2022年新增入规企业", "new above-size entries in 2022",
          NEW_ENTRIES, NEW_ENTRIES_DEADLINE, XiangxiangDepartments.PROJECT_POOL,
          Metric.count("enterprises on the above-size list whose revenue reached the scale threshold in the target's "
                  + "year after being under it the year before",
              (e, q) -> NewEntry.enteredIn(e, q.settings().value(NEW_ENTRIES_DEADLINE).getYear(),
                  q.settings().value(SCALE_THRESHOLD), q.settings()))),

      // Plan two 二: yearly.
      everyYear("xiangxiang.target.yearly.city-srdi", "每年培育湘潭市级专精特新“小巨人”企业",
          "new Xiangtan-city-level SRDI “little giants” a year", YEARLY_CITY_SRDI, XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          newRecognitions("enterprises newly recognised as Xiangtan-city-level SRDI SMEs in the year",
              (r, s) -> HunanLadder.isSrdiSme(r, Level.CITY, s))),
      everyYear("xiangxiang.target.yearly.provincial-srdi", "每年培育省级专精特新“小巨人”企业",
          "new provincial SRDI “little giants” a year", YEARLY_PROVINCIAL_SRDI, XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          newRecognitions("enterprises newly recognised as provincial SRDI SMEs in the year",
              (r, s) -> HunanLadder.isSrdiSme(r, Level.PROVINCIAL, s))),
      everyYear("xiangxiang.target.yearly.national-little-giant", "每年培育国家级专精特新“小巨人”企业",
          "new national little giants a year", YEARLY_NATIONAL_LITTLE_GIANT, XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          newRecognitions("enterprises newly recognised as national little giants in the year",
              (r, s) -> r.title() == Title.LITTLE_GIANT && r.level() == Level.NATIONAL)),

      // Plan two 二: by 2025.
      byDeadline("xiangxiang.target.stock.city-srdi", "湘潭市级专精特新“小巨人”企业达到", "Xiangtan-city-level SRDI SMEs by 2025",
          STOCK_CITY_SRDI, SRDI_DEADLINE, XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          stock("Xiangtan-city-level SRDI SMEs", (r, s) -> HunanLadder.isSrdiSme(r, Level.CITY, s))),
      byDeadline("xiangxiang.target.stock.provincial-srdi", "省级专精特新“小巨人”企业达到", "provincial SRDI SMEs by 2025",
          STOCK_PROVINCIAL_SRDI, SRDI_DEADLINE, XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          stock("provincial SRDI SMEs", (r, s) -> HunanLadder.isSrdiSme(r, Level.PROVINCIAL, s))),
      byDeadline("xiangxiang.target.stock.national-little-giant", "国家级专精特新“小巨人”企业达到",
          "national little giants by 2025", STOCK_NATIONAL_LITTLE_GIANT, SRDI_DEADLINE,
          XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          stock("national little giants (a key little giant is one too)",
              (r, s) -> (r.title() == Title.LITTLE_GIANT || r.title() == Title.KEY_LITTLE_GIANT)
                  && r.level() == Level.NATIONAL)),
      byDeadline("xiangxiang.target.stock.single-champion", "单项冠军产品企业达到",
          "single-champion product enterprises by 2025", STOCK_SINGLE_CHAMPION, SRDI_DEADLINE,
          XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          stock("provincial-or-national single-champion product (or champion) enterprises",
              (r, s) -> (r.title() == Title.SINGLE_CHAMPION_PRODUCT || r.title() == Title.SINGLE_CHAMPION)
                  && r.level().isAtLeast(Level.PROVINCIAL))),

      // Plan two 三: yearly numbers.
      everyYear("xiangxiang.target.seeds.total", "每年新增“种子企业”", "new seed enterprises a year", SEEDS,
          XiangxiangDepartments.SEED_POOL, Metric.notMeasurable(SEED_POOL_NOT_IN_FACTS)),
      everyYear("xiangxiang.target.seeds.zone", "每年新增经开区“种子企业”", "new seed enterprises in the zone a year",
          SEEDS_ZONE, XiangxiangDepartments.SEED_POOL, Metric.notMeasurable(SEED_POOL_NOT_IN_FACTS)),
      everyYear("xiangxiang.target.seeds.towns", "每年新增乡镇（街道）“种子企业”", "new seed enterprises in the towns a year",
          SEEDS_TOWNS, XiangxiangDepartments.SEED_POOL, Metric.notMeasurable(SEED_POOL_NOT_IN_FACTS)),
      everyYear("xiangxiang.target.invention-patents", "每年新增发明专利", "new invention patents a year",
          INVENTION_PATENTS, XiangxiangDepartments.INTELLECTUAL_PROPERTY,
          achievements("first invention patents put to use (INVENTION_PATENT_BREAKTHROUGH) in the year; other new "
                  + "patents are not in the facts, so this is a lower bound",
              XiangxiangAchievementTypes.PATENT_BREAKTHROUGH, (a, s) -> true)),
      everyYear("xiangxiang.target.tech-centers", "每年新增湘潭市级企业技术中心",
          "new Xiangtan-city-level enterprise technology centres a year", TECH_CENTERS, XiangxiangDepartments.TECH_INNOVATION,
          achievements("city-level technology centres recognised in the year", XiangxiangAchievementTypes.TECH_CENTER,
              (a, s) -> a.level().filter(l -> l == Level.CITY).isPresent())),
      everyYear("xiangxiang.target.tech-results", "每年新增技术成果", "new technology results a year", TECH_RESULTS,
          XiangxiangDepartments.TECH_TRANSFER,
          achievements("technology results in the year", XiangxiangAchievementTypes.TECH_RESULT, (a, s) -> true)),
      everyYear("xiangxiang.target.demonstrations", "每年新增试点示范企业", "new pilot or demonstration enterprises a year",
          DEMONSTRATIONS, XiangxiangDepartments.INDUSTRY_WITH_FINANCE,
          enterprisesWith("enterprises with a digital pilot or demonstration in the year",
              XiangxiangAchievementTypes.DEMONSTRATION)),
      everyYear("xiangxiang.target.loans", "每年新增500万元以上信贷项目", "new credit projects of 5 million yuan or more a year",
          LOANS, XiangxiangDepartments.CREDIT,
          achievements("loans of the year with an amount of 5,000,000 yuan or more (以上); a loan without an amount is "
                  + "not counted", XiangxiangAchievementTypes.LOAN,
              (a, s) -> a.amount().filter(m -> Bound.atLeast(s.value(LOAN_AMOUNT_FROM)).admits(m)).isPresent())),
      everyYear("xiangxiang.target.equity-financings", "每年推动企业实施股权融资", "enterprises carrying out equity financing a year",
          EQUITY_FINANCINGS, XiangxiangDepartments.EQUITY,
          enterprisesWith("enterprises with an equity financing in the year", XiangxiangAchievementTypes.EQUITY_FINANCING)),
      everyYear("xiangxiang.target.trained", "每年培训中、高级人才", "intermediate and senior talents trained a year",
          TRAINED, XiangxiangDepartments.TALENT_TRAINING,
          Metric.notMeasurable("people trained are counted by the Education Bureau; an enterprise's facts do not show them")),
      everyYear("xiangxiang.target.trained-senior-managers", "每年培训高级经营管理人才", "senior business managers trained a year",
          TRAINED_SENIOR, XiangxiangDepartments.TALENT_TRAINING,
          Metric.notMeasurable("people trained are counted by the Education Bureau; an enterprise's facts do not show them")),
      everyYear("xiangxiang.target.job-fairs", "每年开展对接人才招聘会", "talent job fairs a year", JOB_FAIRS,
          XiangxiangDepartments.TALENT_RECRUITMENT,
          Metric.notMeasurable("job fairs are held by the departments; an enterprise's facts do not show them")));

  private static Target byDeadline(String id, String nameZh, String nameEn, Parameter<?> requirement,
      Parameter<LocalDate> deadline, Responsibility responsibility, Metric metric) {
    return new Target(TargetId.of(id), nameZh, nameEn, requirement.citation(), responsibility, requirement,
        TargetPeriod.by(deadline), metric);
  }

  private static Target everyYear(String id, String nameZh, String nameEn, Parameter<?> requirement,
      Responsibility responsibility, Metric metric) {
    return new Target(TargetId.of(id), nameZh, nameEn, requirement.citation(), responsibility, requirement,
        TargetPeriod.everyYear(), metric);
  }

  private static boolean aboveSize(Enterprise e) {
    return e.aboveDesignatedSize().orElse(false);
  }

  private static Metric inIndustry(Industry industry) {
    return Metric.count("above-size " + industry.name() + " (" + industry.nameZh() + ") enterprises in the portfolio",
        (e, q) -> aboveSize(e) && e.industry().filter(i -> i == industry).isPresent());
  }

  private static boolean inYear(LocalDate day, TargetQuery q) {
    return !day.isBefore(q.yearStart()) && !day.isAfter(q.cutOff());
  }

  private static Metric newRecognitions(String description, BiPredicate<Recognition, Settings> rung) {
    return Metric.count(description, (e, q) -> e.recognitions().stream()
        .anyMatch(r -> r.isNew() && rung.test(r, q.settings()) && inYear(r.date(), q)));
  }

  private static Metric stock(String description, BiPredicate<Recognition, Settings> rung) {
    return (portfolio, q) -> {
      boolean ever = q.settings().chose(XiangxiangInterpretations.STOCK_COUNT, XiangxiangInterpretations.EVER);
      Predicate<Recognition> counted = ever
          ? r -> !r.date().isAfter(q.cutOff())
          : r -> r.isValidOn(q.cutOff());
      long n = portfolio.enterprises().stream()
          .filter(e -> e.recognitions().stream().anyMatch(r -> rung.test(r, q.settings()) && counted.test(r)))
          .count();
      return Measurement.of(n, description + (ever ? " ever recognised up to " : " holding a valid recognition on ")
          + q.cutOff());
    };
  }

  private static Metric achievements(String description, AchievementType type, BiPredicate<Achievement, Settings> counted) {
    return (portfolio, q) -> Measurement.of(portfolio.enterprises().stream()
        .flatMap(e -> e.achievementsOf(type).stream())
        .filter(a -> inYear(a.date(), q) && counted.test(a, q.settings()))
        .count(), description);
  }

  private static Metric enterprisesWith(String description, AchievementType type) {
    return Metric.count(description, (e, q) -> e.achievementsOf(type).stream().anyMatch(a -> inYear(a.date(), q)));
  }
}
