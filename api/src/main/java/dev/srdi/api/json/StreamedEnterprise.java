package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One enterprise read token by token straight into the core's values, for the common case of a valid record:
 * no tree, no paths, no line index. It makes every check {@link ScenarioReader}'s tree reader makes, and gives
 * up ({@link GiveUp}) at the first one that fails, and at anything it does not expect: the tree reader then reads
 * the record and reports every error, with its wording, path and line. So it never accepts what the tree reader
 * refuses, and what it accepts it reads into equal values ({@code StreamedEnterpriseProperties} checks both).
 * Immutable and thread-safe.
 */
final class StreamedEnterprise {
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
    try (JsonParser p = Json.mapper().createParser(text)) {
      p.nextToken();
      Enterprise e = enterprise(p, Optional.empty());
      return p.nextToken() == null ? Optional.of(e) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // A parse error, a limit passed, a check failed, a value the core refuses: the tree reader says which.
      return Optional.empty();
    }
  }

  /**
   * The enterprise object at the parser's current token, which it leaves on the object's end.
   *
   * @param asOf the scenario's date, if any: no event may be dated after it
   * @throws GiveUp at anything the tree reader would report, or that this reader does not take
   */
  Enterprise enterprise(JsonParser p, Optional<LocalDate> asOf) throws IOException {
    requireObject(p);
    var b = Enterprise.builder();
    boolean hasId = false;
    List<Recognition> recognitions = List.of();
    List<Financials> financials = List.of();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      boolean absent = t == JsonToken.VALUE_NULL;
      switch (field) {
        case "id" -> {
          if (!absent) {
            b.id(EnterpriseId.of(TokenValues.text(p)));
            hasId = true;
          }
        }
        case "name" -> b.name(absent ? Optional.empty() : Optional.of(TokenValues.text(p)));
        case "jurisdiction" -> b.jurisdiction(absent ? Optional.empty() : Optional.of(jurisdiction(TokenValues.text(p))));
        case "park" -> b.park(absent ? Optional.empty() : Optional.of(ParkId.of(TokenValues.text(p))));
        case "inDevelopmentZone" -> b.inDevelopmentZone(absent ? Optional.empty() : Optional.of(TokenValues.bool(p)));
        case "industry" -> b.industry(absent ? Optional.empty() : Optional.of(choice(p, Industry.class)));
        case "aboveDesignatedSize" -> b.aboveDesignatedSize(absent ? Optional.empty() : Optional.of(TokenValues.bool(p)));
        case "relocatedFromOutside" -> b.relocatedFromOutside(absent ? Optional.empty()
            : Optional.of(notAfter(TokenValues.date(p), asOf)));
        case "financials" -> financials = absent ? List.of() : financials(p);
        case "recognitions" -> recognitions = absent ? List.of() : recognitions(p, asOf);
        case "achievements" -> {
          if (!absent) {
            b.addAllAchievements(achievements(p, asOf));
          }
        }
        default -> throw GiveUp.INSTANCE;
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

  private static List<Financials> financials(JsonParser p) throws IOException {
    requireArray(p);
    var out = new ArrayList<Financials>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(financialsOfYear(p));
    }
    return out;
  }

  private static Financials financialsOfYear(JsonParser p) throws IOException {
    requireObject(p);
    int year = 0;
    boolean hasYear = false;
    Optional<Money> revenue = Optional.empty();
    Optional<Money> output = Optional.empty();
    Optional<Money> tax = Optional.empty();
    Optional<Integer> employees = Optional.empty();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      boolean absent = p.nextToken() == JsonToken.VALUE_NULL;
      switch (field) {
        case "year" -> {
          if (!absent) {
            year = TokenValues.year(p);
            hasYear = true;
          }
        }
        case "revenue" -> revenue = absent ? Optional.empty() : Optional.of(TokenValues.money(p));
        case "outputValue" -> output = absent ? Optional.empty() : Optional.of(TokenValues.money(p));
        case "taxPaid" -> tax = absent ? Optional.empty() : Optional.of(TokenValues.money(p));
        case "employees" -> employees = absent ? Optional.empty()
            : Optional.of(TokenValues.count(p, InputLimits.MAX_EMPLOYEES));
        default -> throw GiveUp.INSTANCE;
      }
    }
    if (!hasYear) {
      throw GiveUp.INSTANCE;
    }
    return new Financials(year, revenue, output, tax, employees);
  }

  private static List<Recognition> recognitions(JsonParser p, Optional<LocalDate> asOf) throws IOException {
    requireArray(p);
    var out = new ArrayList<Recognition>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(recognition(p, asOf));
    }
    return out;
  }

  private static Recognition recognition(JsonParser p, Optional<LocalDate> asOf) throws IOException {
    requireObject(p);
    Title title = null;
    Level level = null;
    LocalDate date = null;
    RecognitionKind kind = RecognitionKind.NEW;
    Optional<String> project = Optional.empty();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      boolean absent = p.nextToken() == JsonToken.VALUE_NULL;
      switch (field) {
        case "title" -> title = absent ? null : choice(p, Title.class);
        case "level" -> level = absent ? null : choice(p, Level.class);
        case "date" -> date = absent ? null : notAfter(TokenValues.date(p), asOf);
        case "kind" -> kind = absent ? RecognitionKind.NEW : choice(p, RecognitionKind.class);
        case "project" -> project = absent ? Optional.empty() : Optional.of(TokenValues.text(p));
        default -> throw GiveUp.INSTANCE;
      }
    }
    if (title == null || level == null || date == null || !title.existsAt(level)) {
      throw GiveUp.INSTANCE;
    }
    return new Recognition(title, level, date, kind, project);
  }

  private List<Achievement> achievements(JsonParser p, Optional<LocalDate> asOf) throws IOException {
    requireArray(p);
    var out = new ArrayList<Achievement>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(achievement(p, asOf));
    }
    return out;
  }

  private Achievement achievement(JsonParser p, Optional<LocalDate> asOf) throws IOException {
    requireObject(p);
    var b = Achievement.builder();
    AchievementType type = null;
    boolean hasDate = false;
    Set<AchievementAttribute> given = EnumSet.noneOf(AchievementAttribute.class);
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        // Absent, as in the tree reader; but a name it does not know is an error, null or not.
        if (!field.equals("type") && !field.equals("date") && !ScenarioReader.attributeNames().containsKey(field)) {
          throw GiveUp.INSTANCE;
        }
        continue;
      }
      switch (field) {
        case "type" -> type = achievementType(TokenValues.text(p));
        case "date" -> {
          b.date(notAfter(TokenValues.date(p), asOf));
          hasDate = true;
        }
        case "level" -> b.level(given(given, AchievementAttribute.LEVEL, choice(p, Level.class)));
        case "count" -> b.count(given(given, AchievementAttribute.COUNT, TokenValues.count(p, InputLimits.MAX_ITEMS)));
        case "investment" -> b.investment(given(given, AchievementAttribute.INVESTMENT, TokenValues.money(p)));
        case "amount" -> b.amount(given(given, AchievementAttribute.AMOUNT, TokenValues.money(p)));
        case "partners" -> b.partners(given(given, AchievementAttribute.PARTNERS, TokenValues.count(p, InputLimits.MAX_ITEMS)));
        case "significantGain" -> b.significantGain(given(given, AchievementAttribute.SIGNIFICANT_GAIN, TokenValues.bool(p)));
        case "program" -> b.program(given(given, AchievementAttribute.PROGRAM, TokenValues.text(p)));
        default -> throw GiveUp.INSTANCE;
      }
    }
    if (type == null || !hasDate || !declared.get(type).containsAll(given)) {
      throw GiveUp.INSTANCE;
    }
    return b.type(type).build();
  }

  private static <T> T given(Set<AchievementAttribute> given, AchievementAttribute attribute, T value) {
    given.add(attribute);
    return value;
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

  private static <E extends Enum<E>> E choice(JsonParser p, Class<E> type) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw GiveUp.INSTANCE;
    }
    try {
      return Enum.valueOf(type, p.getText());
    } catch (IllegalArgumentException e) {
      throw GiveUp.INSTANCE;
    }
  }

  private static void requireYearsOnce(List<Financials> financials) {
    if (financials.size() < 2) {
      return;
    }
    var years = new HashSet<Integer>();
    for (Financials f : financials) {
      if (!years.add(f.year())) {
        throw GiveUp.INSTANCE;
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

  private static void requireObject(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw GiveUp.INSTANCE;
    }
  }

  private static void requireArray(JsonParser p) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw GiveUp.INSTANCE;
    }
  }
}
