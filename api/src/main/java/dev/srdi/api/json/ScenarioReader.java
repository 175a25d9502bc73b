package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementAttribute;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.ParkId;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.RecognitionKind;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.policy.JurisdictionId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code srdi-scenario/1} documents and JSON Lines records into the core's facts, reporting
 * every error at once, each by JSON path and line. Achievement types are checked against what the
 * loaded jurisdictions declare (the core knows none by name). A JSON Lines record is first read straight into
 * its enterprise ({@code StreamedEnterprise}); only a record that is not plainly valid is read as a tree, which
 * reports its errors. Immutable and thread-safe.
 */
public final class ScenarioReader {
  /** The value of a scenario document's {@code schema} field. */
  public static final String SCHEMA = "srdi-scenario/1";
  private static final Set<String> ENVELOPE = Set.of("schema", "asOf", "enterprises", "parks");
  private static final Set<String> ENTERPRISE = Set.of("id", "name", "jurisdiction", "park", "inDevelopmentZone",
      "industry", "aboveDesignatedSize", "relocatedFromOutside", "financials", "recognitions", "achievements");
  private static final Set<String> FINANCIALS = Set.of("year", "revenue", "outputValue", "taxPaid", "employees");
  private static final Set<String> RECOGNITION = Set.of("title", "level", "date", "kind", "project");
  private static final Set<String> PARK = Set.of("id", "name", "jurisdiction", "level");
  private static final Map<String, AchievementAttribute> ATTRIBUTES = attributes();
  private static final Pattern TYPE_FORM = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Map<AchievementType, Set<AchievementAttribute>> declared;
  /** The jurisdictions an enterprise or park may name, if the reader was told; any, if not. */
  private final Optional<Set<String>> jurisdictions;
  /** The fast path for a valid record; this reader's tree reads what it gives up on. */
  private final StreamedEnterprise streamed;

  private ScenarioReader(Map<AchievementType, Set<AchievementAttribute>> declared, Optional<Set<String>> jurisdictions) {
    this.declared = declared;
    this.jurisdictions = jurisdictions;
    this.streamed = new StreamedEnterprise(declared, jurisdictions);
  }

  /**
   * The same reader, refusing a {@code jurisdiction} that is not among the given ones, at its path: an
   * enterprise of a city that no plugin provides is a mistake in the input, not a firm to leave out.
   *
   * @param ids the ids of the jurisdictions that may be named (those loaded, and those whose plugin failed to load)
   * @return the reader
   */
  public ScenarioReader knowing(Collection<String> ids) {
    return new ScenarioReader(declared, Optional.of(Set.copyOf(new TreeSet<>(ids))));
  }

  /**
   * A reader that accepts the achievement types of the given declarations (several plugins may declare one type).
   *
   * @param declarations the loaded jurisdictions' declarations
   * @return the reader
   */
  public static ScenarioReader accepting(Collection<AchievementTypeDeclaration> declarations) {
    var byType = new TreeMap<AchievementType, Set<AchievementAttribute>>();
    for (AchievementTypeDeclaration d : declarations) {
      byType.computeIfAbsent(d.type(), t -> EnumSet.noneOf(AchievementAttribute.class)).addAll(d.attributes());
    }
    var frozen = new TreeMap<AchievementType, Set<AchievementAttribute>>();
    byType.forEach((type, attributes) -> frozen.put(type, Set.copyOf(attributes)));
    return new ScenarioReader(java.util.Collections.unmodifiableMap(frozen), Optional.empty());
  }

  /**
   * The achievement types a scenario may name.
   *
   * @return the declared types
   */
  public Set<AchievementType> achievementTypes() {
    return declared.keySet();
  }

  /**
   * A whole scenario document.
   *
   * @param text the document's text
   * @return its content, or every error by path and line
   */
  public Validation<Seq<InputError>, ScenarioContent> scenario(String text) {
    return parse(text, 0).flatMap(parsed -> {
      ScenarioDocument doc = ScenarioDocument.of(parsed.lines());
      Optional<ScenarioContent> scenario = envelope(doc, parsed.root());
      return doc.errorCount() == 0 && scenario.isPresent()
          ? Validation.valid(scenario.get())
          : Validation.invalid(io.vavr.collection.List.ofAll(doc.errors()));
    });
  }

  /**
   * One record of a JSON Lines portfolio: an enterprise object; every error names the file's line.
   *
   * @param line the line's text
   * @param lineNumber its number in the file
   * @return the enterprise, or every error
   */
  public Validation<Seq<InputError>, Enterprise> enterpriseLine(String line, int lineNumber) {
    if (line.isBlank()) {
      return Validation.invalid(io.vavr.collection.List.of(
          InputError.at("", lineNumber, "empty line: each line of a .jsonl file holds one enterprise object")));
    }
    Optional<Enterprise> fast = streamed.line(line);
    return fast.isPresent() ? Validation.valid(fast.get()) : treeLine(line, lineNumber);
  }

  /** The record read token by token, if it is plainly valid; empty if only the tree reader can say. */
  Optional<Enterprise> streamedLine(String line) {
    return streamed.line(line);
  }

  /** The record read as a tree, every field checked and every error reported: what the streamed read gives up on. */
  Validation<Seq<InputError>, Enterprise> treeLine(String line, int lineNumber) {
    return parse(line, lineNumber).flatMap(parsed -> {
      ScenarioDocument doc = ScenarioDocument.onLine(parsed.lines(), lineNumber);
      Optional<Enterprise> enterprise = enterprise(doc, parsed.root(), JsonPath.ROOT, Optional.empty());
      return doc.errorCount() == 0 && enterprise.isPresent()
          ? Validation.valid(enterprise.get())
          : Validation.invalid(io.vavr.collection.List.ofAll(doc.errors()));
    });
  }

  /**
   * The {@code id} of a record, if the line is an object with a string id, for the error line that replaces it.
   *
   * @param line the line's text
   * @return the id, if there is one
   */
  public static Optional<String> idOf(String line) {
    try {
      JsonNode node = Json.mapper().readTree(line);
      return node != null && node.path("id").isTextual() ? Optional.of(node.get("id").asText()) : Optional.empty();
    } catch (JsonProcessingException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private record Parsed(JsonNode root, LineIndex lines) {}

  private static Validation<Seq<InputError>, Parsed> parse(String text, int fixedLine) {
    try {
      JsonNode root = Json.mapper().readTree(text);
      if (root == null || root.isMissingNode()) {
        return Validation.invalid(io.vavr.collection.List.of(InputError.at("$", fixedLine > 0 ? fixedLine : 1,
            "no JSON found: the text is empty or only white space")));
      }
      return Validation.valid(new Parsed(root, LineIndex.of(Json.mapper(), text)));
    } catch (StreamConstraintsException e) {
      return Validation.invalid(io.vavr.collection.List.of(overLimit(text, fixedLine, JacksonMessages.plain(e))));
    } catch (JsonProcessingException e) {
      int line = fixedLine > 0 ? fixedLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      String path = e.getProcessor() instanceof JsonParser p ? readable(p.getParsingContext().pathAsPointer().toString()) : "";
      return Validation.invalid(io.vavr.collection.List.of(InputError.at(path.isEmpty() ? "$" : path, line, column,
          JacksonMessages.plain(e))));
    } catch (NumberFormatException e) {
      // Jackson reads a float's digits lazily and throws this, not a parse error, for an exponent it cannot hold.
      return Validation.invalid(io.vavr.collection.List.of(badNumber(text, fixedLine)));
    }
  }

  /**
   * Where a limit of the reader was passed: its error carries no location, so the tokens are read again up
   * to it. A string or number over its length is named by its path; nesting too deep by the document, as the
   * path of the sixty-fifth level says nothing a person can use.
   */
  private static InputError overLimit(String text, int fixedLine, String message) {
    try (JsonParser p = Json.mapper().createParser(text)) {
      try {
        while (p.nextToken() != null) {
          if (p.currentToken().isScalarValue()) {
            p.getText();
            if (p.currentToken().isNumeric()) {
              p.getNumberValue();
            }
          }
        }
      } catch (StreamConstraintsException e) {
        int line = fixedLine > 0 ? fixedLine : p.currentLocation().getLineNr();
        String path = e.getMessage() != null && e.getMessage().contains("nesting")
            ? "" : readable(p.getParsingContext().pathAsPointer().toString());
        return InputError.at(path.isEmpty() ? "$" : path, line, p.currentLocation().getColumnNr(), message);
      }
    } catch (IOException | NumberFormatException e) {
      return InputError.at("$", fixedLine, message);
    }
    return InputError.at("$", fixedLine, message);
  }

  /** Where the unreadable number is: the tokens are scanned again and each float read until one fails. */
  private static InputError badNumber(String text, int fixedLine) {
    String message = "a number that cannot be read (its exponent is far too large); write amounts without exponents";
    try (JsonParser p = Json.mapper().createParser(text)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
          try {
            p.getDecimalValue();
          } catch (NumberFormatException e) {
            int line = fixedLine > 0 ? fixedLine : p.currentTokenLocation().getLineNr();
            return InputError.at(readable(p.getParsingContext().pathAsPointer().toString()), line, message);
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      return InputError.at("", fixedLine, message);
    }
    return InputError.at("", fixedLine, message);
  }

  private static String readable(String pointer) {
    var b = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.chars().allMatch(Character::isDigit)) {
        b.append('[').append(segment).append(']');
      } else {
        b.append(b.length() > 0 ? "." : "").append(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return b.toString();
  }

  private Optional<ScenarioContent> envelope(ScenarioDocument doc, JsonNode root) {
    Optional<Fields> read = Fields.of(doc, root, JsonPath.ROOT, ENVELOPE);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    f.requireSchema(SCHEMA);
    Optional<LocalDate> asOf = f.date("asOf");
    if (!f.has("enterprises")) {
      f.error("enterprises", "is required (an array of enterprises, possibly empty)");
    }
    List<Enterprise> enterprises = f.array("enterprises", (node, path) -> enterprise(doc, node, path, asOf));
    List<Park> parks = f.array("parks", (node, path) -> park(doc, node, path));
    duplicateIds(doc, f, root.get("enterprises"), "enterprises");
    duplicateIds(doc, f, root.get("parks"), "parks");
    parksOfEnterprises(doc, f, root.get("enterprises"), root.get("parks"));
    return Optional.of(new ScenarioContent(asOf, enterprises, parks));
  }

  /**
   * Ids must be unique. They are taken from the JSON, not from what was read, so that a repeated id is
   * reported beside every other error (an element with an error is not read) and indexes match the input.
   */
  private static void duplicateIds(ScenarioDocument doc, Fields f, JsonNode array, String name) {
    if (array == null || !array.isArray()) {
      return;
    }
    var first = new HashMap<String, Integer>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode id = array.get(i).path("id");
      if (!id.isTextual() || id.asText().isBlank()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(id.asText(), i);
      if (earlier != null) {
        JsonPath other = f.at(name).index(earlier).field("id");
        int line = doc.lineOf(other);
        doc.error(f.at(name).index(i).field("id"), "duplicate id '" + id.asText() + "' (also " + f.at(name).index(earlier)
            + (line > 0 ? ", line " + line : "") + ")");
      }
    }
  }

  /**
   * Each enterprise's park must be one of the document's parks, and of the enterprise's city when both
   * name one: a park measure pays a park's operator for its own city's firms. Read from the JSON, so that
   * these are reported beside every other error.
   */
  private static void parksOfEnterprises(ScenarioDocument doc, Fields f, JsonNode enterprises, JsonNode parks) {
    if (enterprises == null || !enterprises.isArray()) {
      return;
    }
    var declared = new LinkedHashMap<String, Integer>();
    if (parks != null && parks.isArray()) {
      for (int k = 0; k < parks.size(); k++) {
        JsonNode id = parks.get(k).path("id");
        if (id.isTextual()) {
          declared.putIfAbsent(id.asText(), k);
        }
      }
    }
    for (int i = 0; i < enterprises.size(); i++) {
      JsonNode park = enterprises.get(i).path("park");
      if (!park.isTextual() || park.asText().isBlank()) {
        continue;
      }
      JsonPath at = f.at("enterprises").index(i).field("park");
      Integer k = declared.get(park.asText());
      if (k == null) {
        doc.error(at, "park '" + park.asText() + "' is not among the scenario's parks ("
            + (declared.isEmpty() ? "it declares none" : "declared: " + String.join(", ", declared.keySet())) + ")");
        continue;
      }
      JsonNode own = enterprises.get(i).path("jurisdiction");
      JsonNode parkCity = parks.get(k).path("jurisdiction");
      if (own.isTextual() && parkCity.isTextual() && !own.asText().equals(parkCity.asText())) {
        doc.error(at, "park '" + park.asText() + "' is in " + parkCity.asText() + " (parks[" + k + "]), not in "
            + own.asText() + ", the enterprise's jurisdiction");
      }
    }
  }

  /** An event dated after the document's {@code asOf} has not happened on the day it describes. */
  private static void notAfter(ScenarioDocument doc, JsonPath at, Optional<LocalDate> day, Optional<LocalDate> asOf) {
    if (day.isPresent() && asOf.isPresent() && day.get().isAfter(asOf.get())) {
      doc.error(at, "is " + day.get() + ", after the scenario's asOf " + asOf.get()
          + ": a scenario gives what has happened by its asOf");
    }
  }

  private Optional<Enterprise> enterprise(ScenarioDocument doc, JsonNode node, JsonPath path, Optional<LocalDate> asOf) {
    int errorsBefore = doc.errorCount();
    Optional<Fields> read = Fields.of(doc, node, path, ENTERPRISE);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields f = read.get();
    Optional<String> id = f.requiredText("id");
    Optional<String> name = f.text("name");
    Optional<JurisdictionId> jurisdiction = jurisdiction(f, jurisdictions);
    Optional<String> park = f.text("park");
    Optional<Boolean> inZone = f.bool("inDevelopmentZone");
    Optional<Industry> industry = f.choice("industry", Industry.class);
    Optional<Boolean> aboveSize = f.bool("aboveDesignatedSize");
    Optional<LocalDate> relocated = f.date("relocatedFromOutside");
    notAfter(doc, f.at("relocatedFromOutside"), relocated, asOf);
    List<Financials> financials = f.array("financials", (n, p) -> financials(doc, n, p));
    List<Recognition> recognitions = f.array("recognitions", (n, p) -> recognition(doc, n, p)
        .map(r -> peek(r, () -> notAfter(doc, p.field("date"), Optional.of(r.date()), asOf))));
    List<Achievement> achievements = f.array("achievements", (n, p) -> achievement(doc, n, p)
        .map(a -> peek(a, () -> notAfter(doc, p.field("date"), Optional.of(a.date()), asOf))));
    if (doc.errorCount() == errorsBefore) {
      duplicateYears(doc, f, financials);
      renewalsWithoutRecognition(doc, f, recognitions);
    }
    if (doc.errorCount() > errorsBefore || id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enterprise.builder()
          .id(EnterpriseId.of(id.get()))
          .name(name)
          .jurisdiction(jurisdiction)
          .park(park.map(ParkId::of))
          .inDevelopmentZone(inZone)
          .industry(industry)
          .aboveDesignatedSize(aboveSize)
          .relocatedFromOutside(relocated)
          .addAllFinancials(financials)
          .addAllRecognitions(recognitions)
          .addAllAchievements(achievements)
          .build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The checks above mirror the core's; should the core add one, its message still lands here.
      doc.error(path, e.getMessage());
      return Optional.empty();
    }
  }

  private static <T> T peek(T value, Runnable check) {
    check.run();
    return value;
  }

  private static Optional<JurisdictionId> jurisdiction(Fields f, Optional<Set<String>> known) {
    return f.text("jurisdiction").flatMap(text -> {
      try {
        JurisdictionId id = JurisdictionId.of(text);
        if (known.isPresent() && !known.get().contains(text)) {
          f.error("jurisdiction", "no jurisdiction plugin provides '" + text + "' (known: "
              + String.join(", ", new TreeSet<>(known.get())) + ")");
          return Optional.empty();
        }
        return Optional.of(id);
      } catch (IllegalArgumentException e) {
        f.error("jurisdiction", "must be a jurisdiction id in lower case, e.g. guilin, not '" + text + "'");
        return Optional.empty();
      }
    });
  }

  /** A renewal (复核) renews something: an earlier recognition of the same title at the same level. */
  private static void renewalsWithoutRecognition(ScenarioDocument doc, Fields f, List<Recognition> recognitions) {
    for (int i = 0; i < recognitions.size(); i++) {
      Recognition r = recognitions.get(i);
      if (r.kind() != RecognitionKind.RENEWAL) {
        continue;
      }
      boolean earlier = recognitions.stream().anyMatch(o -> o != r && o.title() == r.title() && o.level() == r.level()
          && o.date().isBefore(r.date()));
      if (!earlier) {
        doc.error(f.at("recognitions").index(i).field("kind"), "a RENEWAL of " + r.level() + " " + r.title() + " on "
            + r.date() + " renews nothing: no earlier recognition of that title and level is given");
      }
    }
  }

  private static void duplicateYears(ScenarioDocument doc, Fields f, List<Financials> financials) {
    var first = new HashMap<Integer, Integer>();
    for (int i = 0; i < financials.size(); i++) {
      Integer earlier = first.putIfAbsent(financials.get(i).year(), i);
      if (earlier != null) {
        doc.error(f.at("financials").index(i).field("year"),
            "financials for " + financials.get(i).year() + " are given twice (also financials[" + earlier + "])");
      }
    }
  }

  private static Optional<Financials> financials(ScenarioDocument doc, JsonNode node, JsonPath path) {
    int errorsBefore = doc.errorCount();
    return Fields.of(doc, node, path, FINANCIALS).flatMap(f -> {
      Optional<Integer> year = f.requiredYear("year");
      var revenue = f.money("revenue");
      var output = f.money("outputValue");
      var tax = f.money("taxPaid");
      var employees = f.count("employees", InputLimits.MAX_EMPLOYEES);
      return doc.errorCount() > errorsBefore || year.isEmpty()
          ? Optional.empty()
          : Optional.of(new Financials(year.get(), revenue, output, tax, employees));
    });
  }

  private static Optional<Recognition> recognition(ScenarioDocument doc, JsonNode node, JsonPath path) {
    int errorsBefore = doc.errorCount();
    return Fields.of(doc, node, path, RECOGNITION).flatMap(f -> {
      var title = f.requiredChoice("title", Title.class);
      var level = f.requiredChoice("level", Level.class);
      var date = f.requiredDate("date");
      var kind = f.choice("kind", RecognitionKind.class).orElse(RecognitionKind.NEW);
      var project = f.text("project");
      if (title.isPresent() && level.isPresent() && !title.get().existsAt(level.get())) {
        f.error("level", "there is no " + level.get() + " " + title.get() + " recognition: the ladder awards "
            + title.get() + " at " + title.get().levels().stream().map(Enum::name).collect(Collectors.joining(", "))
            + " level only");
      }
      if (doc.errorCount() > errorsBefore || title.isEmpty() || level.isEmpty() || date.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Recognition(title.get(), level.get(), date.get(), kind, project));
    });
  }

  private Optional<Achievement> achievement(ScenarioDocument doc, JsonNode node, JsonPath path) {
    int errorsBefore = doc.errorCount();
    var known = new TreeSet<String>(ATTRIBUTES.keySet());
    known.add("type");
    known.add("date");
    return Fields.of(doc, node, path, known).flatMap(f -> {
      Optional<AchievementType> type = f.requiredText("type").flatMap(t -> achievementType(f, t));
      var date = f.requiredDate("date");
      type.ifPresent(t -> f.present(ATTRIBUTES).stream().sorted()
          .filter(name -> !declared.get(t).contains(ATTRIBUTES.get(name)))
          .forEach(name -> f.error(name, "type " + t + " takes no " + name + " (it takes: "
              + attributeNames(declared.get(t)) + ")")));
      var level = f.choice("level", Level.class);
      var count = f.count("count", InputLimits.MAX_ITEMS);
      var investment = f.money("investment");
      var amount = f.money("amount");
      var partners = f.count("partners", InputLimits.MAX_ITEMS);
      var significantGain = f.bool("significantGain");
      var program = f.text("program");
      if (doc.errorCount() > errorsBefore || type.isEmpty() || date.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Achievement.builder()
          .type(type.get())
          .date(date.get())
          .level(level)
          .count(count)
          .investment(investment)
          .amount(amount)
          .partners(partners)
          .significantGain(significantGain)
          .program(program)
          .build());
    });
  }

  private Optional<AchievementType> achievementType(Fields f, String text) {
    if (!TYPE_FORM.matcher(text).matches() || !declared.containsKey(AchievementType.of(text))) {
      f.error("type", "unknown achievement type '" + text + "'; "
          + (declared.isEmpty()
              ? "no loaded jurisdiction declares any achievement type"
              : "the loaded jurisdictions declare: "
                  + declared.keySet().stream().map(AchievementType::value).collect(Collectors.joining(", "))));
      return Optional.empty();
    }
    return Optional.of(AchievementType.of(text));
  }

  private Optional<Park> park(ScenarioDocument doc, JsonNode node, JsonPath path) {
    int errorsBefore = doc.errorCount();
    return Fields.of(doc, node, path, PARK).flatMap(f -> {
      var id = f.requiredText("id");
      var name = f.text("name");
      var jurisdiction = jurisdiction(f, jurisdictions);
      var level = f.choice("level", Level.class);
      return doc.errorCount() > errorsBefore || id.isEmpty()
          ? Optional.empty()
          : Optional.of(new Park(ParkId.of(id.get()), name, jurisdiction, level));
    });
  }

  /**
   * The JSON name of each achievement attribute.
   *
   * @return attribute by JSON name
   */
  public static Map<String, AchievementAttribute> attributeNames() {
    return ATTRIBUTES;
  }

  private static String attributeNames(Set<AchievementAttribute> attributes) {
    String names = ATTRIBUTES.entrySet().stream().filter(e -> attributes.contains(e.getValue()))
        .map(Map.Entry::getKey).collect(Collectors.joining(", "));
    return names.isEmpty() ? "none" : names;
  }

  private static Map<String, AchievementAttribute> attributes() {
    var m = new LinkedHashMap<String, AchievementAttribute>();
    m.put("level", AchievementAttribute.LEVEL);
    m.put("count", AchievementAttribute.COUNT);
    m.put("investment", AchievementAttribute.INVESTMENT);
    m.put("amount", AchievementAttribute.AMOUNT);
    m.put("partners", AchievementAttribute.PARTNERS);
    m.put("significantGain", AchievementAttribute.SIGNIFICANT_GAIN);
    m.put("program", AchievementAttribute.PROGRAM);
    return java.util.Collections.unmodifiableMap(m);
  }
}
