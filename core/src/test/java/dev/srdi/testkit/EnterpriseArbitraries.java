package dev.srdi.testkit;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.facts.ParkId;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.RecognitionKind;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.spi.Jurisdiction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generators of enterprises with multi-year histories: recognitions across the ladder (new and
 * renewed, some scoped to a project), the achievements the jurisdiction declares with the attributes
 * each needs, and yearly figures whose growth often lands exactly on the thresholds the documents
 * use (35%, 10%, 20,000,000, 100,000,000, …).
 */
public final class EnterpriseArbitraries {
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

  private EnterpriseArbitraries() {}

  public static Arbitrary<Enterprise> enterprises(Jurisdiction jurisdiction) {
    return enterprises(jurisdiction.achievementTypes(), List.of("PROGRAM_A"));
  }

  /** Enterprises whose achievements use the declared types; {@code programs} feeds the PROGRAM attribute. */
  public static Arbitrary<Enterprise> enterprises(List<AchievementTypeDeclaration> types, List<String> programs) {
    Arbitrary<List<Recognition>> recognitions = recognition().list().ofMaxSize(6);
    Arbitrary<List<Achievement>> achievements = types.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.of(types).flatMap(t -> achievement(t, programs)).list().ofMaxSize(6);
    Arbitrary<List<Financials>> financials = financialHistory();
    Arbitrary<Optional<ParkId>> park = Arbitraries.of("P1", "P2").map(ParkId::of).optional(0.6);
    Arbitrary<Optional<Boolean>> zone = Arbitraries.of(true, false).optional(0.8);
    Arbitrary<Optional<Industry>> industry = Arbitraries.of(Industry.class).optional(0.8);
    Arbitrary<Optional<Boolean>> aboveSize = Arbitraries.of(true, false).optional(0.8);
    Arbitrary<Optional<LocalDate>> relocated = dates().optional(0.3);
    Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(id, recognitions, achievements, financials, park, zone, industry, aboveSize)
        .flatAs((eid, recs, achs, fins, p, z, ind, above) -> relocated.map(moved -> Enterprise.builder()
            .id(EnterpriseId.of("E" + eid))
            .park(p)
            .inDevelopmentZone(z)
            .industry(ind)
            .aboveDesignatedSize(above)
            .relocatedFromOutside(moved)
            .recognitions(recs)
            .achievements(achs)
            .financials(fins)
            .build()));
  }

  public static Arbitrary<LocalDate> asOfDates() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17), LocalDate.of(2027, 12, 31))),
        Tuple.of(1, dates(LocalDate.of(2021, 6, 30), LocalDate.of(2028, 12, 31))));
  }

  /**
   * Mostly the rungs the documents reward, so that ladders, top-ups and repeats are common; now and
   * then any title at any level, so that odd inputs are met too.
   */
  public static Arbitrary<Recognition> recognition() {
    Arbitrary<Rung> rungs = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(LADDER)),
        Tuple.of(1, Combinators.combine(Arbitraries.of(Title.class), Arbitraries.of(Level.class)).as(Rung::new)));
    return Combinators.combine(rungs, dates(),
            Arbitraries.frequency(Tuple.of(4, RecognitionKind.NEW), Tuple.of(1, RecognitionKind.RENEWAL)),
            Arbitraries.of("X1", "X2").optional(0.2))
        .as((r, date, kind, project) -> new Recognition(r.title, r.level, date, kind, project));
  }

  /** A title at a level. */
  record Rung(Title title, Level level) {}

  private static final List<Rung> LADDER = List.of(
      new Rung(Title.INNOVATIVE_SME, Level.PROVINCIAL), new Rung(Title.SRDI_SME, Level.CITY),
      new Rung(Title.SRDI_SME, Level.PROVINCIAL), new Rung(Title.LITTLE_GIANT, Level.NATIONAL),
      new Rung(Title.KEY_LITTLE_GIANT, Level.NATIONAL), new Rung(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL),
      new Rung(Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL), new Rung(Title.SINGLE_CHAMPION, Level.NATIONAL));

  /** Mostly the years the documents are in force, with the days their windows turn on. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 2, 17), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17))),
        Tuple.of(6, dates(LocalDate.of(2021, 6, 1), LocalDate.of(2026, 3, 31))),
        Tuple.of(1, dates(FIRST_DAY, LAST_DAY)));
  }

  static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return Arbitraries.longs().between(0, days).withDistribution(RandomDistribution.uniform()).map(from::plusDays);
  }

  static Arbitrary<Achievement> achievement(AchievementTypeDeclaration type, List<String> programs) {
    var attributes = type.attributes();
    Arbitrary<Optional<Level>> level = attributes.contains(AchievementAttribute.LEVEL)
        ? Arbitraries.of(Level.class).optional(0.9) : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<Integer>> count = attributes.contains(AchievementAttribute.COUNT)
        ? Arbitraries.integers().between(0, 4).optional(0.9) : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<Money>> investment = attributes.contains(AchievementAttribute.INVESTMENT)
        ? money(new String[] {"500000", "499999.99", "1000000", "2000000"}, "3000000").optional(0.9)
        : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<Money>> amount = attributes.contains(AchievementAttribute.AMOUNT)
        ? money(new String[] {"5000000", "4999999.99", "10000000"}, "20000000").optional(0.9)
        : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<Integer>> partners = attributes.contains(AchievementAttribute.PARTNERS)
        ? Arbitraries.oneOf(Arbitraries.of(9, 10), Arbitraries.integers().between(0, 20)).optional(0.9)
        : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<Boolean>> gain = attributes.contains(AchievementAttribute.SIGNIFICANT_GAIN)
        ? Arbitraries.of(true, false).optional(0.9) : Arbitraries.just(Optional.empty());
    Arbitrary<Optional<String>> program = attributes.contains(AchievementAttribute.PROGRAM) && !programs.isEmpty()
        ? Arbitraries.of(programs).optional(0.9) : Arbitraries.just(Optional.empty());
    return Combinators.combine(dates(), level, count, investment, amount, partners, gain, program)
        .as((date, lv, n, inv, amt, pt, g, pr) -> Achievement.builder()
            .type(type.type()).date(date).level(lv).count(n).investment(inv).amount(amt).partners(pt)
            .significantGain(g).program(pr).build());
  }

  /** Consecutive years; each year's figures grow from the last by a factor that often sits on a threshold. */
  public static Arbitrary<List<Financials>> financialHistory() {
    Arbitrary<Integer> firstYear = Arbitraries.integers().between(2019, 2025);
    Arbitrary<Money> output = money(
        new String[] {"20000000", "19999999.99", "100000000", "99999999.99", "10000000", "30000000"}, "150000000");
    Arbitrary<Money> tax = money(new String[] {"1000000", "0"}, "5000000");
    Arbitrary<List<BigDecimal>> outputGrowth = growth().list().ofMinSize(0).ofMaxSize(5);
    return Combinators.combine(firstYear, output, tax, outputGrowth, growth().list().ofSize(5),
            Arbitraries.integers().between(0, 2))
        .as((year, out, t, outGrowth, taxGrowth, gaps) -> history(year, out, t, outGrowth, taxGrowth, gaps));
  }

  private static List<Financials> history(
      int firstYear, Money output, Money tax, List<BigDecimal> outGrowth, List<BigDecimal> taxGrowth, int gapAt) {
    var years = new ArrayList<Financials>();
    Money out = output;
    Money t = tax;
    for (int i = 0; i <= outGrowth.size(); i++) {
      Optional<Money> outputValue = Optional.of(out);
      // A figure missing now and then, so that rules meet "not enough facts".
      Optional<Money> taxPaid = i == gapAt && i > 0 ? Optional.empty() : Optional.of(t);
      years.add(new Financials(firstYear + i, Optional.of(out.times(new BigDecimal("0.8")).rounded()), outputValue,
          taxPaid, Optional.of(50 + 10 * i)));
      if (i < outGrowth.size()) {
        out = fen(out.times(outGrowth.get(i)));
        t = fen(t.times(taxGrowth.get(i % taxGrowth.size())));
      }
    }
    return years;
  }

  private static Arbitrary<BigDecimal> growth() {
    return Arbitraries.oneOf(
        Arbitraries.of(new BigDecimal("1.35"), new BigDecimal("1.3499"), new BigDecimal("1.10"),
            new BigDecimal("1.0999"), BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("0.8")),
        Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("2.5")).ofScale(4)
            .withDistribution(RandomDistribution.uniform()));
  }

  static Arbitrary<Money> money(String[] edges, String max) {
    return Arbitraries.oneOf(
        Arbitraries.of(edges).map(Money::yuan),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(max)).ofScale(2)
            .withDistribution(RandomDistribution.uniform()).map(Money::yuan));
  }

  private static Money fen(Money m) {
    return Money.yuan(m.toYuan().setScale(2, RoundingMode.HALF_UP));
  }
}
