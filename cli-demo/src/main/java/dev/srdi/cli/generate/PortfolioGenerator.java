package dev.srdi.cli.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.RecognitionKind;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.spi.Jurisdiction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A synthetic portfolio with realistic spreads across every loaded city: titles climbing the ladder,
 * levels, dates from 2021 to 2025, multi-year financials, and achievements of only the types each
 * city declares, with the attributes each declaration lists. A few firms have the histories a
 * policy's switches are easy to get wrong on: a little giant before a city-level SRDI recognition, a
 * city- or provincial-level little giant (as Hunan names its own), a renewal after a gap. {@link
 * Random} is specified to the bit, so the same seed and the same cities give the same portfolio on
 * every JVM.
 */
public final class PortfolioGenerator {
  private static final List<String> WORDS = List.of("精密", "智造", "新材", "华信", "远航", "科创", "宏达", "恒盛", "瑞丰",
      "海川", "金桂", "楚天", "南港", "启明", "博远", "联拓");
  private static final Map<Industry, String> SUFFIX = Map.of(Industry.INDUSTRIAL, "制造有限公司",
      Industry.TRADE_LOGISTICS, "物流有限公司", Industry.CONSTRUCTION, "建设工程有限公司", Industry.SERVICE, "信息技术有限公司");
  private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final int LAST_YEAR = 2025;

  private final Random random;
  private final List<String> jurisdictions;
  private final Map<String, String> cityPrefix;
  private final Map<String, List<AchievementTypeDeclaration>> typesByJurisdiction;
  private final List<AchievementTypeDeclaration> allTypes;
  private final Map<String, List<String>> programsByJurisdiction;
  private int next;

  /**
   * @param loaded the loaded jurisdictions, in the facade's order: firms are drawn evenly across them,
   *     named after the city, with achievements of the types it declares
   */
  public PortfolioGenerator(long seed, List<Jurisdiction> loaded) {
    if (loaded.isEmpty()) {
      throw new IllegalArgumentException("no jurisdiction is loaded to draw enterprises for");
    }
    this.random = new Random(seed);
    this.jurisdictions = loaded.stream().map(j -> j.id().value()).toList();
    var prefixes = new TreeMap<String, String>();
    var sorted = new TreeMap<String, List<AchievementTypeDeclaration>>();
    for (Jurisdiction j : loaded) {
      // "桂林市" names its firms "桂林…": the city without its administrative suffix.
      prefixes.put(j.id().value(), j.nameZh().endsWith("市") ? j.nameZh().substring(0, j.nameZh().length() - 1)
          : j.nameZh());
      sorted.put(j.id().value(), j.achievementTypes().stream().sorted(Comparator.comparing(t -> t.type())).toList());
    }
    this.cityPrefix = Map.copyOf(prefixes);
    var programs = new TreeMap<String, List<String>>();
    loaded.forEach(j -> programs.put(j.id().value(), List.copyOf(j.programs())));
    this.programsByJurisdiction = programs;
    this.typesByJurisdiction = sorted;
    var union = new TreeMap<String, AchievementTypeDeclaration>();
    sorted.values().forEach(list -> list.forEach(t -> union.putIfAbsent(t.type().value(), t)));
    this.allTypes = List.copyOf(union.values());
  }

  /** The next enterprise, as one JSON Lines record of the scenario format. */
  public ObjectNode next() {
    next++;
    String jurisdiction = jurisdictions.get(random.nextInt(jurisdictions.size()));
    Industry industry = industry();
    ObjectNode out = Json.object();
    out.put("id", String.format("G%06d", next));
    out.put("name", cityPrefix.get(jurisdiction) + WORDS.get(random.nextInt(WORDS.size())) + SUFFIX.get(industry));
    out.put("jurisdiction", jurisdiction);
    out.put("inDevelopmentZone", random.nextInt(10) < 6);
    out.put("industry", industry.name());
    ArrayNode financials = Json.mapper().createArrayNode();
    BigDecimal lastRevenue = financials(financials);
    out.put("aboveDesignatedSize", lastRevenue.compareTo(BigDecimal.valueOf(20_000_000)) >= 0);
    if (random.nextInt(10) == 0) {
      out.put("relocatedFromOutside", date(FIRST, LAST).toString());
    }
    out.set("financials", financials);
    out.set("recognitions", recognitions());
    out.set("achievements", achievements(jurisdiction));
    return out;
  }

  private Industry industry() {
    int roll = random.nextInt(100);
    return roll < 60 ? Industry.INDUSTRIAL : roll < 75 ? Industry.TRADE_LOGISTICS : roll < 85 ? Industry.CONSTRUCTION
        : Industry.SERVICE;
  }

  /** Two to five consecutive years ending in 2025; revenue from 5 to 300 million, growing −10% to +40% a year. */
  private BigDecimal financials(ArrayNode out) {
    int years = 2 + random.nextInt(4);
    double revenue = 5_000_000 * Math.pow(60, random.nextDouble());
    for (int year = LAST_YEAR - years + 1; year <= LAST_YEAR; year++) {
      ObjectNode f = out.addObject();
      f.put("year", year);
      f.put("revenue", yuan(revenue));
      f.put("outputValue", yuan(revenue * (1.0 + random.nextDouble() * 0.5)));
      f.put("taxPaid", yuan(revenue * (0.02 + random.nextDouble() * 0.04)));
      f.put("employees", 20 + (int) (revenue / 400_000 * (0.5 + random.nextDouble())));
      revenue = revenue * (0.9 + random.nextDouble() * 0.5);
    }
    return new BigDecimal(out.get(out.size() - 1).get("revenue").asText());
  }

  /**
   * A climb of the ladder: most firms are innovative SMEs, fewer SRDI, fewer little giants; renewals after
   * three years. One in twelve has an unusual history instead.
   */
  private ArrayNode recognitions() {
    ArrayNode out = Json.mapper().createArrayNode();
    if (random.nextInt(12) == 0) {
      return unusual(out);
    }
    if (random.nextInt(10) >= 7) {
      return out;
    }
    LocalDate day = date(FIRST, LocalDate.of(2024, 6, 30));
    recognition(out, Title.INNOVATIVE_SME, Level.PROVINCIAL, day);
    if (random.nextInt(2) == 0) {
      day = later(day, 6, 18);
      if (day != null) {
        recognition(out, Title.SRDI_SME, random.nextInt(10) < 3 ? Level.CITY : Level.PROVINCIAL, day);
        if (random.nextInt(4) == 0) {
          day = later(day, 12, 24);
          if (day != null) {
            recognition(out, Title.LITTLE_GIANT, Level.NATIONAL, day);
            if (random.nextInt(10) == 0) {
              LocalDate key = later(day, 6, 12);
              if (key != null) {
                recognition(out, Title.KEY_LITTLE_GIANT, Level.NATIONAL, key);
              }
            }
          }
        }
      }
    }
    if (random.nextInt(50) == 0) {
      recognition(out, Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL, date(LocalDate.of(2023, 1, 1), LAST));
    }
    return out;
  }

  /**
   * The histories a stacking rule or an interpretation switches on, which a climb never gives: a national
   * little giant before a city-level SRDI recognition (首次 and "held before" rules), a little giant below
   * national level (Hunan's provinces and cities name their own 小巨人), and a recognition renewed only after it
   * lapsed (a gap of three to nine months before the renewal).
   */
  private ArrayNode unusual(ArrayNode out) {
    LocalDate day = date(FIRST, LocalDate.of(2022, 6, 30));
    switch (random.nextInt(3)) {
      case 0 -> {
        entry(out, Title.LITTLE_GIANT, Level.NATIONAL, day, RecognitionKind.NEW);
        entry(out, Title.SRDI_SME, Level.CITY, later(day, 6, 30), RecognitionKind.NEW);
      }
      case 1 -> entry(out, Title.LITTLE_GIANT, random.nextInt(2) == 0 ? Level.CITY : Level.PROVINCIAL, day,
          RecognitionKind.NEW);
      default -> {
        Level level = random.nextInt(2) == 0 ? Level.CITY : Level.PROVINCIAL;
        entry(out, Title.SRDI_SME, level, day, RecognitionKind.NEW);
        LocalDate lapsed = day.plusYears(3).plusMonths(3 + random.nextInt(7));
        if (!lapsed.isAfter(LAST)) {
          entry(out, Title.SRDI_SME, level, lapsed, RecognitionKind.RENEWAL);
        }
      }
    }
    return out;
  }

  private static void entry(ArrayNode out, Title title, Level level, LocalDate day, RecognitionKind kind) {
    ObjectNode r = out.addObject();
    r.put("title", title.name());
    r.put("level", level.name());
    r.put("date", day.toString());
    r.put("kind", kind.name());
  }

  private void recognition(ArrayNode out, Title title, Level level, LocalDate day) {
    ObjectNode r = out.addObject();
    r.put("title", title.name());
    r.put("level", level.name());
    r.put("date", day.toString());
    r.put("kind", RecognitionKind.NEW.name());
    LocalDate renewal = day.plusYears(3);
    if (!renewal.isAfter(LAST) && random.nextInt(2) == 0) {
      ObjectNode again = out.addObject();
      again.put("title", title.name());
      again.put("level", level.name());
      again.put("date", renewal.toString());
      again.put("kind", RecognitionKind.RENEWAL.name());
    }
  }

  private ArrayNode achievements(String jurisdiction) {
    ArrayNode out = Json.mapper().createArrayNode();
    List<AchievementTypeDeclaration> types = typesByJurisdiction.getOrDefault(jurisdiction, allTypes);
    if (types.isEmpty()) {
      types = allTypes;
    }
    if (types.isEmpty()) {
      return out;
    }
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      AchievementTypeDeclaration type = types.get(random.nextInt(types.size()));
      ObjectNode a = out.addObject();
      a.put("type", type.type().value());
      a.put("date", date(FIRST, LAST).toString());
      for (var attribute : new ArrayList<>(ScenarioReader.attributeNames().entrySet())) {
        if (type.attributes().contains(attribute.getValue())) {
          attribute(a, attribute.getKey(), attribute.getValue(), jurisdiction);
        }
      }
    }
    return out;
  }

  private void attribute(ObjectNode a, String name, AchievementAttribute attribute, String jurisdiction) {
    switch (attribute) {
      case LEVEL -> a.put(name, Level.values()[random.nextInt(Level.values().length)].name());
      case COUNT -> a.put(name, 1 + random.nextInt(3));
      case INVESTMENT -> a.put(name, yuan(200_000 + random.nextDouble() * 4_800_000));
      case AMOUNT -> a.put(name, yuan(1_000_000 + random.nextDouble() * 49_000_000));
      case PARTNERS -> a.put(name, 3 + random.nextInt(18));
      case SIGNIFICANT_GAIN -> a.put(name, random.nextInt(10) < 6);
      case PROGRAM -> a.put(name, program(jurisdiction));
    }
  }

  /** One of the programmes the city declares, or, one time in five, a programme it does not name. */
  private String program(String jurisdiction) {
    List<String> programs = programsByJurisdiction.getOrDefault(jurisdiction, List.of());
    return programs.isEmpty() || random.nextInt(5) == 0 ? "UNLISTED_PROGRAM" : programs.get(random.nextInt(programs.size()));
  }

  private LocalDate date(LocalDate from, LocalDate until) {
    long days = until.toEpochDay() - from.toEpochDay();
    return from.plusDays((long) (random.nextDouble() * (days + 1)));
  }

  /** A date some months after the day, or null past 2025. */
  private LocalDate later(LocalDate day, int minMonths, int maxMonths) {
    LocalDate next = day.plusMonths(minMonths + random.nextInt(maxMonths - minMonths + 1)).plusDays(random.nextInt(28));
    return next.isAfter(LAST) ? null : next;
  }

  /** Whole thousands of yuan, as a string: figures as a statistics form reports them. */
  private static String yuan(double value) {
    return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
        .multiply(BigDecimal.valueOf(1000)).toPlainString();
  }
}
