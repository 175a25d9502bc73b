package dev.srdi.api.json;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementType;
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
import dev.srdi.core.policy.JurisdictionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One enterprise read straight from its JSON into the core's values, for the common case of a valid record: no
 * tree, no paths, no line index ({@link RecordScanner} reads the tokens where they stand). It makes every check
 * {@link ScenarioReader}'s tree reader makes, and gives up ({@link GiveUp}) at the first one that fails and at
 * anything it does not expect: the tree reader then reads the record and reports every error, with its wording,
 * path and line. So it never accepts what the tree reader refuses, and what it accepts it reads into equal values
 * ({@code StreamedEnterpriseProperties} checks both). Immutable and thread-safe.
 */
final class StreamedEnterprise {
  private static final String[] ENTERPRISE = {"id", "name", "jurisdiction", "park", "inDevelopmentZone", "industry",
      "aboveDesignatedSize", "relocatedFromOutside", "financials", "recognitions", "achievements"};
  private static final String[] FINANCIALS = {"year", "revenue", "outputValue", "taxPaid", "employees"};
  private static final String[] RECOGNITION = {"title", "level", "date", "kind", "project"};
  /** An achievement's fields: its type, its date, then its attributes in the order of {@link #ATTRIBUTES}. */
  private static final String[] ACHIEVEMENT = {"type", "date", "level", "count", "investment", "amount", "partners",
      "significantGain", "program"};
  private static final AchievementAttribute[] ATTRIBUTES = {AchievementAttribute.LEVEL, AchievementAttribute.COUNT,
      AchievementAttribute.INVESTMENT, AchievementAttribute.AMOUNT, AchievementAttribute.PARTNERS,
      AchievementAttribute.SIGNIFICANT_GAIN, AchievementAttribute.PROGRAM};
  private static final Industry[] INDUSTRIES = Industry.values();
  private static final Title[] TITLES = Title.values();
  private static final Level[] LEVELS = Level.values();
  private static final RecognitionKind[] KINDS = RecognitionKind.values();

  private final Map<String, AchievementType> types;
  private final Map<AchievementType, Set<AchievementAttribute>> declared;
  /** The ids the reader was told of, built once; empty if it may name any. */
  private final Optional<Map<String, JurisdictionId>> known;

  StreamedEnterprise(Map<AchievementType, Set<AchievementAttribute>> declared, Optional<Set<String>> jurisdictions) {
    this.declared = declared;
    var byName = new HashMap<String, AchievementType>();
    declared.keySet().forEach(t -> byName.put(t.value(), t));
    this.types = Map.copyOf(byName);
    this.known = jurisdictions.map(StreamedEnterprise::ids);
  }

  /** Each name that is an id, by name: a name that is not one the tree reader refuses, and so this one too. */
  private static Map<String, JurisdictionId> ids(Set<String> names) {
    var ids = new HashMap<String, JurisdictionId>();
    for (String name : names) {
      try {
        ids.put(name, JurisdictionId.of(name));
      } catch (IllegalArgumentException e) {
        // Left out: a record naming it goes to the tree reader, which says why.
      }
    }
    return Map.copyOf(ids);
  }

  /**
   * A whole JSON text that is one enterprise object and nothing after it.
   *
   * @return the enterprise, or empty if the tree reader must read the text (it is not valid, or not plainly so)
   */
  Optional<Enterprise> line(String text) {
    try {
      var scanner = new RecordScanner(text);
      Enterprise e = enterprise(scanner, Optional.empty());
      scanner.end();
      return Optional.of(e);
    } catch (RuntimeException e) {
      // A check failed, a form not plain, a value the core refuses: the tree reader says which, or reads it.
      return Optional.empty();
    }
  }

  /**
   * The enterprise object at the scanner, which it leaves after the object.
   *
   * @param asOf the scenario's date, if any: no event may be dated after it
   * @throws GiveUp at anything the tree reader would report, or that this reader does not take
   */
  Enterprise enterprise(RecordScanner in, Optional<LocalDate> asOf) {
    var b = Enterprise.builder();
    boolean hasId = false;
    List<Recognition> recognitions = List.of();
    List<Financials> financials = List.of();
    long seen = 0;
    for (int field = in.firstField(ENTERPRISE); field >= 0; field = in.nextField(ENTERPRISE)) {
      seen = RecordScanner.once(seen, field);
      if (in.isNull()) {
        continue; // absent, as in the tree reader
      }
      switch (field) {
        case 0 -> {
          b.id(EnterpriseId.of(in.text()));
          hasId = true;
        }
        case 1 -> b.name(in.text());
        case 2 -> b.jurisdiction(jurisdiction(in.text()));
        case 3 -> b.park(ParkId.of(in.text()));
        case 4 -> b.inDevelopmentZone(in.bool());
        case 5 -> b.industry(in.choice(INDUSTRIES));
        case 6 -> b.aboveDesignatedSize(in.bool());
        case 7 -> b.relocatedFromOutside(notAfter(in.date(), asOf));
        case 8 -> financials = financials(in);
        case 9 -> recognitions = recognitions(in, asOf);
        default -> b.addAllAchievements(achievements(in, asOf));
      }
    }
    if (!hasId) {
      throw GiveUp.INSTANCE;
    }
    requireYearsOnce(financials);
    requireRenewalsRenew(recognitions);
    return b.addAllFinancials(financials).addAllRecognitions(recognitions).build();
  }

  private JurisdictionId jurisdiction(String text) {
    if (known.isEmpty()) {
      return JurisdictionId.of(text);
    }
    // Few cities, many records: each known id was checked once, when the reader was made.
    JurisdictionId id = known.get().get(text);
    if (id == null) {
      throw GiveUp.INSTANCE;
    }
    return id;
  }

  private static List<Financials> financials(RecordScanner in) {
    var out = new ArrayList<Financials>(4);
    if (in.firstElement()) {
      do {
        out.add(financialsOfYear(in));
      } while (in.nextElement());
    }
    return out;
  }

  private static Financials financialsOfYear(RecordScanner in) {
    int year = 0;
    Optional<Money> revenue = Optional.empty();
    Optional<Money> output = Optional.empty();
    Optional<Money> tax = Optional.empty();
    Optional<Integer> employees = Optional.empty();
    long seen = 0;
    long given = 0;
    for (int field = in.firstField(FINANCIALS); field >= 0; field = in.nextField(FINANCIALS)) {
      seen = RecordScanner.once(seen, field);
      if (in.isNull()) {
        continue;
      }
      given |= 1L << field;
      switch (field) {
        case 0 -> year = in.year();
        case 1 -> revenue = Optional.of(in.money());
        case 2 -> output = Optional.of(in.money());
        case 3 -> tax = Optional.of(in.money());
        default -> employees = Optional.of(in.count(InputLimits.MAX_EMPLOYEES));
      }
    }
    if ((given & 1) == 0) {
      throw GiveUp.INSTANCE;
    }
    return new Financials(year, revenue, output, tax, employees);
  }

  private static List<Recognition> recognitions(RecordScanner in, Optional<LocalDate> asOf) {
    var out = new ArrayList<Recognition>(4);
    if (in.firstElement()) {
      do {
        out.add(recognition(in, asOf));
      } while (in.nextElement());
    }
    return out;
  }

  private static Recognition recognition(RecordScanner in, Optional<LocalDate> asOf) {
    Title title = null;
    Level level = null;
    LocalDate date = null;
    RecognitionKind kind = RecognitionKind.NEW;
    Optional<String> project = Optional.empty();
    long seen = 0;
    for (int field = in.firstField(RECOGNITION); field >= 0; field = in.nextField(RECOGNITION)) {
      seen = RecordScanner.once(seen, field);
      if (in.isNull()) {
        continue;
      }
      switch (field) {
        case 0 -> title = in.choice(TITLES);
        case 1 -> level = in.choice(LEVELS);
        case 2 -> date = notAfter(in.date(), asOf);
        case 3 -> kind = in.choice(KINDS);
        default -> project = Optional.of(in.text());
      }
    }
    if (title == null || level == null || date == null || !title.existsAt(level)) {
      throw GiveUp.INSTANCE;
    }
    return new Recognition(title, level, date, kind, project);
  }

  private List<Achievement> achievements(RecordScanner in, Optional<LocalDate> asOf) {
    var out = new ArrayList<Achievement>(4);
    if (in.firstElement()) {
      do {
        out.add(achievement(in, asOf));
      } while (in.nextElement());
    }
    return out;
  }

  private Achievement achievement(RecordScanner in, Optional<LocalDate> asOf) {
    var b = Achievement.builder();
    AchievementType type = null;
    boolean hasDate = false;
    Set<AchievementAttribute> given = EnumSet.noneOf(AchievementAttribute.class);
    long seen = 0;
    for (int field = in.firstField(ACHIEVEMENT); field >= 0; field = in.nextField(ACHIEVEMENT)) {
      seen = RecordScanner.once(seen, field);
      if (in.isNull()) {
        continue;
      }
      if (field >= 2) {
        given.add(ATTRIBUTES[field - 2]);
      }
      switch (field) {
        case 0 -> type = achievementType(in.text());
        case 1 -> {
          b.date(notAfter(in.date(), asOf));
          hasDate = true;
        }
        case 2 -> b.level(in.choice(LEVELS));
        case 3 -> b.count(in.count(InputLimits.MAX_ITEMS));
        case 4 -> b.investment(in.money());
        case 5 -> b.amount(in.money());
        case 6 -> b.partners(in.count(InputLimits.MAX_ITEMS));
        case 7 -> b.significantGain(in.bool());
        default -> b.program(in.text());
      }
    }
    if (type == null || !hasDate || !declared.get(type).containsAll(given)) {
      throw GiveUp.INSTANCE;
    }
    return b.type(type).build();
  }

  private AchievementType achievementType(String text) {
    AchievementType type = types.get(text);
    if (type == null) {
      throw GiveUp.INSTANCE;
    }
    return type;
  }

  private static LocalDate notAfter(LocalDate day, Optional<LocalDate> asOf) {
    if (asOf.isPresent() && day.isAfter(asOf.get())) {
      throw GiveUp.INSTANCE;
    }
    return day;
  }

  private static void requireYearsOnce(List<Financials> financials) {
    for (int a = 1; a < financials.size(); a++) {
      for (int b = 0; b < a; b++) {
        if (financials.get(a).year() == financials.get(b).year()) {
          throw GiveUp.INSTANCE;
        }
      }
    }
  }

  /** As the tree reader: a renewal needs an earlier recognition of the same title at the same level. */
  private static void requireRenewalsRenew(List<Recognition> recognitions) {
    for (Recognition r : recognitions) {
      if (r.kind() != RecognitionKind.RENEWAL) {
        continue;
      }
      boolean earlier = false;
      for (Recognition o : recognitions) {
        earlier |= o != r && o.title() == r.title() && o.level() == r.level() && o.date().isBefore(r.date());
      }
      if (!earlier) {
        throw GiveUp.INSTANCE;
      }
    }
  }
}
