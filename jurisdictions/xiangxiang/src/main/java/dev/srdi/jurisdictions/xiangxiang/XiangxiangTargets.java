package dev.srdi.jurisdictions.xiangxiang;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.*;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangTables.TABLES;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.target.Measurement;
import dev.srdi.core.target.Metric;
import dev.srdi.core.target.Target;
import dev.srdi.core.target.TargetId;
import dev.srdi.core.target.TargetQuery;
import dev.srdi.jurisdictions.xiangxiang.abovesize.NewEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * How a portfolio shows the numeric targets of both plans (their values, clauses and units are in
 * {@code xiangxiang/targets.yaml}).
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

  static final List<Target> ALL = TABLES.targets(ordered(
      // Plan one 一 and 三、（一）.
      measured("xiangxiang.target.above-size.total", Metric.count("above-size enterprises in the portfolio (aboveDesignatedSize, status now)",
              (e, q) -> aboveSize(e))),
      measured("xiangxiang.target.above-size.industrial", inIndustry(Industry.INDUSTRIAL)),
      measured("xiangxiang.target.above-size.trade-logistics", inIndustry(Industry.TRADE_LOGISTICS)),
      measured("xiangxiang.target.above-size.construction", inIndustry(Industry.CONSTRUCTION)),
      measured("xiangxiang.target.above-size.service", inIndustry(Industry.SERVICE)),
      measured("xiangxiang.target.above-size.zone-share", Metric.sharePercent("above-size enterprises in the development zone",
              (e, q) -> e.inDevelopmentZone().orElse(false), (e, q) -> aboveSize(e))),
      measured("xiangxiang.target.new-entries", Metric.count("enterprises on the above-size list whose revenue reached the scale threshold in the target's "
                  + "year after being under it the year before",
              (e, q) -> NewEntry.enteredIn(e, q.settings().value(NEW_ENTRIES_DEADLINE).getYear(),
                  q.settings().value(SCALE_THRESHOLD), q.settings()))),

      // Plan two 二: yearly.
      measured("xiangxiang.target.yearly.city-srdi", newRecognitions("enterprises newly recognised as Xiangtan-city-level SRDI SMEs in the year",
              (r, s) -> HunanLadder.isSrdiSme(r, Level.CITY, s))),
      measured("xiangxiang.target.yearly.provincial-srdi", newRecognitions("enterprises newly recognised as provincial SRDI SMEs in the year",
              (r, s) -> HunanLadder.isSrdiSme(r, Level.PROVINCIAL, s))),
      measured("xiangxiang.target.yearly.national-little-giant", newRecognitions("enterprises newly recognised as national little giants in the year",
              (r, s) -> r.title() == Title.LITTLE_GIANT && r.level() == Level.NATIONAL)),

      // Plan two 二: by 2025.
      measured("xiangxiang.target.stock.city-srdi", stock("Xiangtan-city-level SRDI SMEs", (r, s) -> HunanLadder.isSrdiSme(r, Level.CITY, s))),
      measured("xiangxiang.target.stock.provincial-srdi", stock("provincial SRDI SMEs", (r, s) -> HunanLadder.isSrdiSme(r, Level.PROVINCIAL, s))),
      measured("xiangxiang.target.stock.national-little-giant", stock("national little giants (a key little giant is one too)",
              (r, s) -> (r.title() == Title.LITTLE_GIANT || r.title() == Title.KEY_LITTLE_GIANT)
                  && r.level() == Level.NATIONAL)),
      measured("xiangxiang.target.stock.single-champion", stock("provincial-or-national single-champion product (or champion) enterprises",
              (r, s) -> (r.title() == Title.SINGLE_CHAMPION_PRODUCT || r.title() == Title.SINGLE_CHAMPION)
                  && r.level().isAtLeast(Level.PROVINCIAL))),

      // Plan two 三: yearly numbers.
      measured("xiangxiang.target.seeds.total", Metric.notMeasurable(SEED_POOL_NOT_IN_FACTS)),
      measured("xiangxiang.target.seeds.zone", Metric.notMeasurable(SEED_POOL_NOT_IN_FACTS)),
      measured("xiangxiang.target.seeds.towns", Metric.notMeasurable(SEED_POOL_NOT_IN_FACTS)),
      measured("xiangxiang.target.invention-patents", achievements("first invention patents put to use (INVENTION_PATENT_BREAKTHROUGH) in the year; other new "
                  + "patents are not in the facts, so this is a lower bound",
              XiangxiangAchievementTypes.PATENT_BREAKTHROUGH, (a, s) -> true)),
      measured("xiangxiang.target.tech-centers", achievements("city-level technology centres recognised in the year", XiangxiangAchievementTypes.TECH_CENTER,
              (a, s) -> a.level().filter(l -> l == Level.CITY).isPresent())),
      measured("xiangxiang.target.tech-results", achievements("technology results in the year", XiangxiangAchievementTypes.TECH_RESULT, (a, s) -> true)),
      measured("xiangxiang.target.demonstrations", enterprisesWith("enterprises with a digital pilot or demonstration in the year",
              XiangxiangAchievementTypes.DEMONSTRATION)),
      measured("xiangxiang.target.loans", achievements("loans of the year with an amount of 5,000,000 yuan or more (以上); a loan without an amount is "
                  + "not counted", XiangxiangAchievementTypes.LOAN,
              (a, s) -> a.amount().filter(m -> Bound.atLeast(s.value(LOAN_AMOUNT_FROM)).admits(m)).isPresent())),
      measured("xiangxiang.target.equity-financings", enterprisesWith("enterprises with an equity financing in the year", XiangxiangAchievementTypes.EQUITY_FINANCING)),
      measured("xiangxiang.target.trained", Metric.notMeasurable("people trained are counted by the Education Bureau; an enterprise's facts do not show them")),
      measured("xiangxiang.target.trained-senior-managers", Metric.notMeasurable("people trained are counted by the Education Bureau; an enterprise's facts do not show them")),
      measured("xiangxiang.target.job-fairs", Metric.notMeasurable("job fairs are held by the departments; an enterprise's facts do not show them"))));

  /** The metrics in the table's order of mention here; the table decides the targets' order. */
  @SafeVarargs
  private static Map<TargetId, Metric> ordered(Map.Entry<TargetId, Metric>... entries) {
    var out = new LinkedHashMap<TargetId, Metric>();
    for (var e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private static Map.Entry<TargetId, Metric> measured(String id, Metric metric) {
    return Map.entry(TargetId.of(id), metric);
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
