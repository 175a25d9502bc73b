package dev.srdi.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

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
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of enterprises with multi-year histories: recognitions across the ladder (new and
 * renewed, some scoped to a project), the achievements the jurisdiction declares with the attributes
 * each needs, and yearly figures whose growth often lands exactly on the thresholds the documents
 * use (35%, 10%, 20,000,000, 100,000,000, …). Amounts and dates between the edges are drawn
 * uniformly. Every generator shrinks towards the first choice it lists and the smallest number.
 */
public final class EnterpriseGens {
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

  private EnterpriseGens() {}

  /** An enterprise and an as-of date, shown as a scenario file that reproduces the case. */
  public static Gen<Case> cases(Jurisdiction jurisdiction, List<String> programs) {
    return enterprises(jurisdiction.achievementTypes(), programs).zip(asOfDates(), Case::new)
        .describedAs(Case::toString);
  }

  public static Gen<Enterprise> enterprises(Jurisdiction jurisdiction) {
    return enterprises(jurisdiction.achievementTypes(), List.of("PROGRAM_A"));
  }

  /** Enterprises whose achievements use the declared types; {@code programs} feeds the PROGRAM attribute. */
  public static Gen<Enterprise> enterprises(List<AchievementTypeDeclaration> types, List<String> programs) {
    Gen<List<Recognition>> recognitions = upTo(6, recognition());
    Gen<List<Achievement>> achievements = types.isEmpty()
        ? Generate.constant(List.of())
        : upTo(6, Generate.pick(types).flatMap(t -> achievement(t, programs)));
    Gen<List<Financials>> financials = financialHistory();
    Gen<Optional<ParkId>> park = present(Generate.pick(List.of("P1", "P2")).map(ParkId::of), 60);
    Gen<Optional<Boolean>> zone = present(Generate.booleans(), 80);
    Gen<Optional<Industry>> industry = present(Generate.enumValues(Industry.class), 80);
    Gen<Optional<Boolean>> aboveSize = present(Generate.booleans(), 80);
    Gen<Optional<LocalDate>> relocated = present(dates(), 30);
    Gen<String> id = lists().of(Generate.pick(ID_CHARACTERS)).ofSizeBetween(1, 6)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<Enterprise> enterprises = in -> Enterprise.builder()
        .id(EnterpriseId.of("E" + id.generate(in)))
        .recognitions(recognitions.generate(in))
        .achievements(achievements.generate(in))
        .financials(financials.generate(in))
        .park(park.generate(in))
        .inDevelopmentZone(zone.generate(in))
        .industry(industry.generate(in))
        .aboveDesignatedSize(aboveSize.generate(in))
        .relocatedFromOutside(relocated.generate(in))
        .build();
    return enterprises.describedAs(ScenarioJson::enterprise);
  }

  private static final List<Character> ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".chars()
      .mapToObj(c -> (char) c).toList();

  public static Gen<LocalDate> asOfDates() {
    return Generate.frequency(List.of(
        Pair.of(2, Generate.pick(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17), LocalDate.of(2027, 12, 31)))),
        Pair.of(1, dates(LocalDate.of(2021, 6, 30), LocalDate.of(2028, 12, 31)))));
  }

  /**
   * Mostly the rungs the documents reward, so that ladders, top-ups and repeats are common; now and
   * then any title at any level, so that odd inputs are met too.
   */
  public static Gen<Recognition> recognition() {
    Gen<Rung> rungs = Generate.frequency(List.of(
        Pair.of(4, Generate.pick(LADDER)),
        Pair.of(1, Generate.enumValues(Title.class).zip(Generate.enumValues(Level.class), Rung::new))));
    Gen<RecognitionKind> kinds = Generate.constant(RecognitionKind.NEW)
        .mix(Generate.constant(RecognitionKind.RENEWAL), 20);
    Gen<Optional<String>> projects = present(Generate.pick(List.of("X1", "X2")), 20);
    return rungs.zip(dates(), kinds, projects,
        (r, date, kind, project) -> new Recognition(r.title, r.level, date, kind, project));
  }

  /** A title at a level. */
  record Rung(Title title, Level level) {}

  private static final List<Rung> LADDER = List.of(
      new Rung(Title.INNOVATIVE_SME, Level.PROVINCIAL), new Rung(Title.SRDI_SME, Level.CITY),
      new Rung(Title.SRDI_SME, Level.PROVINCIAL), new Rung(Title.LITTLE_GIANT, Level.NATIONAL),
      new Rung(Title.KEY_LITTLE_GIANT, Level.NATIONAL), new Rung(Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL),
      new Rung(Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL), new Rung(Title.SINGLE_CHAMPION, Level.NATIONAL));

  /** Mostly the years the documents are in force, with the days their windows turn on. */
  public static Gen<LocalDate> dates() {
    return Generate.frequency(List.of(
        Pair.of(6, dates(LocalDate.of(2021, 6, 1), LocalDate.of(2026, 3, 31))),
        Pair.of(1, Generate.pick(List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 2, 17),
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17)))),
        Pair.of(1, dates(FIRST_DAY, LAST_DAY))));
  }

  /** Any day from {@code from} to {@code to}, both included, each as likely. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return longs().between(0, to.toEpochDay() - from.toEpochDay()).map(from::plusDays);
  }

  static Gen<Achievement> achievement(AchievementTypeDeclaration type, List<String> programs) {
    var attributes = type.attributes();
    Gen<Optional<Level>> level = attributes.contains(AchievementAttribute.LEVEL)
        ? present(Generate.enumValues(Level.class), 90) : absent();
    Gen<Optional<Integer>> count = attributes.contains(AchievementAttribute.COUNT)
        ? present(integers().between(0, 4), 90) : absent();
    Gen<Optional<Money>> investment = attributes.contains(AchievementAttribute.INVESTMENT)
        ? present(money(List.of("500000", "499999.99", "1000000", "2000000"), "3000000"), 90) : absent();
    Gen<Optional<Money>> amount = attributes.contains(AchievementAttribute.AMOUNT)
        ? present(money(List.of("5000000", "4999999.99", "10000000"), "20000000"), 90) : absent();
    Gen<Optional<Integer>> partners = attributes.contains(AchievementAttribute.PARTNERS)
        ? present(Generate.pick(List.of(9, 10)).mix(integers().between(0, 20)), 90) : absent();
    Gen<Optional<Boolean>> gain = attributes.contains(AchievementAttribute.SIGNIFICANT_GAIN)
        ? present(Generate.booleans(), 90) : absent();
    Gen<Optional<String>> program = attributes.contains(AchievementAttribute.PROGRAM) && !programs.isEmpty()
        ? present(Generate.pick(programs), 90) : absent();
    Gen<LocalDate> dates = dates();
    return in -> Achievement.builder()
        .type(type.type())
        .date(dates.generate(in))
        .level(level.generate(in))
        .count(count.generate(in))
        .investment(investment.generate(in))
        .amount(amount.generate(in))
        .partners(partners.generate(in))
        .significantGain(gain.generate(in))
        .program(program.generate(in))
        .build();
  }

  /** Consecutive years; each year's figures grow from the last by a factor that often sits on a threshold. */
  public static Gen<List<Financials>> financialHistory() {
    Gen<Integer> firstYear = integers().between(2019, 2025);
    Gen<Money> output = money(
        List.of("20000000", "19999999.99", "100000000", "99999999.99", "10000000", "30000000"), "150000000");
    Gen<Money> tax = money(List.of("1000000", "0"), "5000000");
    Gen<List<BigDecimal>> outputGrowth = upTo(5, growth());
    Gen<List<BigDecimal>> taxGrowth = lists().of(growth()).ofSize(5);
    Gen<Integer> gapAt = integers().between(0, 2);
    return in -> history(firstYear.generate(in), output.generate(in), tax.generate(in), outputGrowth.generate(in),
        taxGrowth.generate(in), gapAt.generate(in));
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

  /** A factor from 0.5 to 2.5 with four decimals, half the time one of the factors the documents name. */
  private static Gen<BigDecimal> growth() {
    return Generate.pick(List.of(new BigDecimal("1.35"), new BigDecimal("1.3499"), new BigDecimal("1.10"),
            new BigDecimal("1.0999"), BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("0.8")))
        .mix(longs().between(5_000, 25_000).map(n -> BigDecimal.valueOf(n, 4)));
  }

  /** Half the time one of the edges, otherwise any whole-fen amount from zero to {@code max}, each as likely. */
  static Gen<Money> money(List<String> edges, String max) {
    return Generate.pick(edges).map(Money::yuan).mix(amounts(Money.zero(), Money.yuan(max)));
  }

  /** Any whole-fen amount from {@code from} to {@code to}, both included, each as likely. */
  public static Gen<Money> amounts(Money from, Money to) {
    long low = fens(from);
    return longs().between(low, fens(to)).map(n -> Money.yuan(BigDecimal.valueOf(n, 2)));
  }

  private static long fens(Money m) {
    return m.toYuan().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /**
   * Up to {@code max} elements, as many of each size from none to {@code max}. Every slot is drawn, used
   * or not, and each is left out when its draw shrinks: so a counter-example loses the elements it does
   * not need one by one, wherever they stand, and the others keep their values.
   */
  public static <T> Gen<List<T>> upTo(int max, Gen<T> element) {
    Gen<Integer> density = integers().between(0, 100);
    Gen<Integer> slot = integers().between(0, 99);
    return in -> {
      int percent = density.generate(in);
      var out = new ArrayList<T>();
      for (int i = 0; i < max; i++) {
        boolean used = slot.generate(in) >= 100 - percent;
        T value = element.generate(in);
        if (used) {
          out.add(value);
        }
      }
      return List.copyOf(out);
    };
  }

  /** {@code gen}'s values, present {@code percentPresent} times in a hundred. */
  private static <T> Gen<Optional<T>> present(Gen<T> gen, int percentPresent) {
    return gen.toOptionals(100 - percentPresent);
  }

  private static <T> Gen<Optional<T>> absent() {
    return Generate.constant(Optional.empty());
  }

  private static Money fen(Money m) {
    return Money.yuan(m.toYuan().setScale(2, RoundingMode.HALF_UP));
  }
}
