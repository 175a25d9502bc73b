package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementTypeDeclaration;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.JurisdictionId;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionRegistry;
import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The streamed read of a JSON Lines record never accepts what the tree reader refuses, and reads what it
 * accepts into an equal enterprise (the same text, too: money keeps its scale); so the reader, which asks the
 * tree only when the stream gives up, answers every record as the tree reader alone would, errors included.
 * Checked on generated valid records written in many ways, and on the same records mutated: wrong types,
 * unknown, missing and repeated fields, bad dates, enum values and numbers, limits, surrogates, nesting and
 * broken syntax.
 */
final class StreamedEnterpriseProperties {
  private static final JurisdictionRegistry REGISTRY = JurisdictionRegistry.load();
  private static final List<AchievementTypeDeclaration> TYPES = REGISTRY.all().stream()
      .flatMap(j -> j.achievementTypes().stream()).toList();
  private static final ScenarioReader ANY_CITY = ScenarioReader.accepting(TYPES);
  private static final ScenarioReader KNOWN_CITIES = ANY_CITY.knowing(
      REGISTRY.ids().stream().map(JurisdictionId::value).toList());
  private static final List<String> CITIES = REGISTRY.all().stream().map(Jurisdiction::id).map(JurisdictionId::value)
      .toList();
  private static final List<String> NAMES = List.of("桂林楚天制造有限公司", "A \"quoted\" \\ name", "emoji 😀 and tab\t",
      "é", "湘乡");
  private static final String MARK = "@@HOSTILE@@";
  private static final String DUPLICATE = "@@DUPLICATE@@";

  /** JSON texts put in place of a value: wrong types, bad forms, edges of every limit. */
  private static final List<String> HOSTILE = hostile();
  private static final List<String> MONEY = List.of("\"5.123\"", "\"5.100\"", "\"-5\"", "-5", "\"0005\"", "007",
      "\"123456789012345.99\"", "\"1234567890123456\"", "1234567890123456", "\"1e5\"", "5e5", "1.5", "\"5.\"",
      "\"-0.00\"", "\"\"");
  private static final List<String> COUNT = List.of("-1", "10000", "10001", "10000000", "10000001", "2147483648", "1.0",
      "\"5\"", "00", "-0");
  private static final List<String> DATE = List.of("\"2023-02-29\"", "\"2023-13-01\"", "\"1899-12-31\"",
      "\"2101-01-01\"", "\"2023-1-01\"", "\"２０２３-01-01\"", "\"2023-01-01 \"", "20230101");
  /** Values aimed at one field: what its check is about. */
  private static final Map<String, List<String>> FOR_FIELD = Map.ofEntries(
      Map.entry("kind", List.of("\"RENEWAL\"", "\"RENEWAL\"", "\"renewal\"", "\"NEW \"")),
      Map.entry("title", List.of("\"KEY_LITTLE_GIANT\"", "\"SINGLE_CHAMPION\"", "\"SRDI_SME\"", "\"SRDI\"")),
      Map.entry("level", List.of("\"NATIONAL\"", "\"CITY\"", "\"PROVINCIAL\"", "\"DISTRICT\"")),
      Map.entry("type", List.of("\"LISTING\"", "\"HIGH_TECH_ENTERPRISE\"", "\"CLOUD_ADOPTION\"",
          "\"DIGITAL_CHAIN_LEADER\"", "\"NOT_DECLARED\"", "\"listing\"")),
      Map.entry("jurisdiction", List.of("\"nowhere\"", "\"Guilin\"", "\"guilin\"", "\"x y\"")),
      Map.entry("year", List.of("1899", "1900", "2100", "2101", "\"2023\"", "2023.0", "02023")),
      Map.entry("date", DATE), Map.entry("relocatedFromOutside", DATE), Map.entry("revenue", MONEY),
      Map.entry("outputValue", MONEY), Map.entry("taxPaid", MONEY), Map.entry("investment", MONEY),
      Map.entry("amount", MONEY), Map.entry("count", COUNT), Map.entry("partners", COUNT),
      Map.entry("employees", COUNT),
      Map.entry("id", List.of("\" \"", "\"\"", "\"\uD800\"", "7")),
      Map.entry("name", List.of("\" \"", "\"x\uDC00\"", "\"\uD83D\"", "\"\uD83D\uDE00\"", "true")));

  /** A generated enterprise and how to write it: the seed of every choice of form. */
  private record Written(Enterprise enterprise, long style) {
    String text() {
      return Json.compact(RecordWriter.write(enterprise, new Random(style)).node());
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** A written record and one change to its text. */
  private record Mutated(Written written, int kind, int slot, int hostile, int at, int length) {
    String text() {
      ObjectNode node = RecordWriter.write(written.enterprise(), new Random(written.style())).node();
      List<Slot> slots = Slot.all(node);
      Slot s = slots.get(slot % slots.size());
      // Half the time a value aimed at the slot's field, so that each field's own checks are met often.
      List<String> aimed = s.name().map(n -> FOR_FIELD.getOrDefault(n, HOSTILE)).orElse(HOSTILE);
      String raw = hostile % 2 == 0 ? aimed.get(hostile / 2 % aimed.size()) : HOSTILE.get(hostile % HOSTILE.size());
      String whole = Json.compact(node);
      return switch (kind % 8) {
        case 0, 1, 2 -> s.replaced(node, raw);
        case 3 -> s.removed(node);
        case 4 -> s.withField(node, "extra", raw);
        case 5 -> s.repeated(node);
        case 6 -> s.replaced(node, "null");
        default -> {
          int from = Math.min(at % (whole.length() + 1), whole.length());
          int to = Math.min(whole.length(), from + length);
          yield whole.substring(0, from) + raw + whole.substring(to);
        }
      };
    }

    @Override
    public String toString() {
      return text();
    }
  }

  @Test
  void everyValidRecordIsReadByTheStreamAsTheTreeReadsIt() {
    PropertyRun.qt().withExamples(1_500).forAll(written()).checkAssert(w -> {
      String text = w.text();
      for (ScenarioReader reader : List.of(ANY_CITY, KNOWN_CITIES)) {
        sameAsTheTree(reader, text);
        Validation<Seq<InputError>, Enterprise> tree = reader.treeLine(text, 7);
        if (tree.isValid() && RecordWriter.write(w.enterprise(), new Random(w.style())).plain()) {
          // The forms the generator writes are what the stream is for: it must not leave them to the tree.
          assertTrue(reader.streamedLine(text).isPresent(), "the stream gave up on a plainly valid record: " + text);
        }
      }
    });
  }

  @Test
  void everyMutatedRecordIsAnsweredAsTheTreeAnswersIt() {
    Gen<Mutated> mutated = written().zip(integers().between(0, 7), integers().between(0, 1_000),
        integers().between(0, HOSTILE.size() - 1), integers().between(0, 2_000), (w, kind, slot, hostile, at) ->
            new Mutated(w, kind, slot, hostile, at, at % 5));
    PropertyRun.qt().withExamples(4_000).forAll(mutated).checkAssert(m -> {
      String text = m.text();
      sameAsTheTree(ANY_CITY, text);
      sameAsTheTree(KNOWN_CITIES, text);
    });
  }

  @Test
  void theStreamRefusesWhatOnlyJacksonsSettingsRefuse() {
    // Duplicate keys and trailing tokens are refused by the mapper's settings, which the stream must share.
    for (String text : List.of("{\"id\":\"A\",\"id\":\"B\"}", "{\"id\":\"A\"} {\"id\":\"B\"}", "{\"id\":\"A\"}]",
        "{\"id\":\"A\",\"financials\":[{\"year\":2023,\"year\":2024}]}")) {
      assertEquals(Optional.empty(), ANY_CITY.streamedLine(text), text);
      assertTrue(ANY_CITY.enterpriseLine(text, 1).isInvalid(), text);
    }
    assertTrue(ANY_CITY.streamedLine("{\"id\":\"A\"}  ").isPresent(), "white space after the record is no token");
  }

  /** The reader's answer is the tree reader's; what the stream accepts, the tree accepts as an equal value. */
  private static void sameAsTheTree(ScenarioReader reader, String text) {
    Validation<Seq<InputError>, Enterprise> tree = reader.treeLine(text, 7);
    Optional<Enterprise> streamed = reader.streamedLine(text);
    if (streamed.isPresent()) {
      assertTrue(tree.isValid(), "the stream accepted what the tree refuses (" + tree + "): " + text);
      assertEquals(tree.get(), streamed.get(), text);
      assertEquals(tree.get().toString(), streamed.get().toString(), text);
    }
    assertEquals(tree, reader.enterpriseLine(text, 7), text);
  }

  private static Gen<Written> written() {
    return EnterpriseGens.enterprises(TYPES, List.of("PROGRAM_A", "程序")).map(StreamedEnterpriseProperties::onTheLadder)
        .zip(longs().all(), Written::new);
  }

  /**
   * The enterprise without the recognitions the reader refuses (a title at a level the ladder does not have, a
   * renewal of nothing), which the generator makes now and then: most records stay valid, and the mutations
   * bring the refusals back one at a time.
   */
  private static Enterprise onTheLadder(Enterprise e) {
    var kept = new ArrayList<Recognition>();
    for (Recognition r : e.recognitions()) {
      boolean renews = e.recognitions().stream().anyMatch(o -> o.title() == r.title() && o.level() == r.level()
          && o.isNew() && o.date().isBefore(r.date()) && o.title().existsAt(o.level()));
      if (r.title().existsAt(r.level()) && (r.isNew() || renews)) {
        kept.add(r);
      }
    }
    return Enterprise.builder().from(e).recognitions(kept).build();
  }

  /** A record as a JSON object, each choice of form drawn from the random, and whether every form is plain. */
  private record RecordWriter(ObjectNode node, boolean plain) {
    static RecordWriter write(Enterprise e, Random r) {
      var w = new Forms(r);
      var fields = new ArrayList<Map.Entry<String, JsonNode>>();
      fields.add(Map.entry("id", TextNode.valueOf(e.id().value())));
      String name = w.pick(NAMES);
      // A name JSON must escape is valid, but the tree's to read: the stream takes strings without escapes.
      w.plain &= name.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20);
      w.optional(fields, "name", r.nextInt(3) == 0 ? Optional.empty() : Optional.of(TextNode.valueOf(name)));
      w.optional(fields, "jurisdiction", r.nextInt(4) == 0 ? Optional.empty() : Optional.of(TextNode.valueOf(w.pick(CITIES))));
      w.optional(fields, "park", e.park().map(p -> TextNode.valueOf(p.value())));
      w.optional(fields, "inDevelopmentZone", e.inDevelopmentZone().map(BooleanNode::valueOf));
      w.optional(fields, "industry", e.industry().map(i -> TextNode.valueOf(i.name())));
      w.optional(fields, "aboveDesignatedSize", e.aboveDesignatedSize().map(BooleanNode::valueOf));
      w.optional(fields, "relocatedFromOutside", e.relocatedFromOutside().map(d -> TextNode.valueOf(d.toString())));
      w.list(fields, "financials", e.financials(), f -> financials(w, f));
      w.list(fields, "recognitions", e.recognitions(), rec -> recognition(w, rec));
      w.list(fields, "achievements", e.achievements(), a -> achievement(w, a));
      return new RecordWriter(w.object(fields), w.plain);
    }

    private static ObjectNode financials(Forms w, Financials f) {
      var fields = new ArrayList<Map.Entry<String, JsonNode>>();
      fields.add(Map.entry("year", IntNode.valueOf(f.year())));
      w.optional(fields, "revenue", f.revenue().map(w::money));
      w.optional(fields, "outputValue", f.outputValue().map(w::money));
      w.optional(fields, "taxPaid", f.taxPaid().map(w::money));
      w.optional(fields, "employees", f.employees().map(IntNode::valueOf));
      return w.object(fields);
    }

    private static ObjectNode recognition(Forms w, Recognition r) {
      var fields = new ArrayList<Map.Entry<String, JsonNode>>();
      fields.add(Map.entry("title", TextNode.valueOf(r.title().name())));
      fields.add(Map.entry("level", TextNode.valueOf(r.level().name())));
      fields.add(Map.entry("date", TextNode.valueOf(r.date().toString())));
      if (r.isNew()) {
        w.optional(fields, "kind", w.r.nextBoolean() ? Optional.empty() : Optional.of(TextNode.valueOf("NEW")));
      } else {
        fields.add(Map.entry("kind", TextNode.valueOf(r.kind().name())));
      }
      w.optional(fields, "project", r.project().map(TextNode::valueOf));
      return w.object(fields);
    }

    private static ObjectNode achievement(Forms w, Achievement a) {
      var fields = new ArrayList<Map.Entry<String, JsonNode>>();
      fields.add(Map.entry("type", TextNode.valueOf(a.type().value())));
      fields.add(Map.entry("date", TextNode.valueOf(a.date().toString())));
      w.optional(fields, "level", a.level().map(l -> TextNode.valueOf(l.name())));
      w.optional(fields, "count", a.count().map(IntNode::valueOf));
      w.optional(fields, "investment", a.investment().map(w::money));
      w.optional(fields, "amount", a.amount().map(w::money));
      w.optional(fields, "partners", a.partners().map(IntNode::valueOf));
      w.optional(fields, "significantGain", a.significantGain().map(BooleanNode::valueOf));
      w.optional(fields, "program", a.program().map(TextNode::valueOf));
      return w.object(fields);
    }
  }

  /** The choices of form: field order, absent as missing or null, money as text of any scale or as a number. */
  private static final class Forms {
    private final Random r;
    /** Money as a float now and then, in one record in eight. */
    private final boolean floats;
    private boolean plain = true;

    Forms(Random r) {
      this.r = r;
      this.floats = r.nextInt(8) == 0;
    }

    <T> T pick(List<T> items) {
      return items.get(r.nextInt(items.size()));
    }

    void optional(List<Map.Entry<String, JsonNode>> fields, String name, Optional<? extends JsonNode> value) {
      if (value.isPresent()) {
        fields.add(Map.entry(name, value.get()));
      } else if (r.nextInt(5) == 0) {
        fields.add(Map.entry(name, NullNode.getInstance()));
      }
    }

    <T> void list(List<Map.Entry<String, JsonNode>> fields, String name, List<T> items, java.util.function.Function<T, ObjectNode> item) {
      if (items.isEmpty() && r.nextBoolean()) {
        optional(fields, name, Optional.empty());
        return;
      }
      ArrayNode array = Json.object().arrayNode();
      items.forEach(i -> array.add(item.apply(i)));
      fields.add(Map.entry(name, array));
    }

    ObjectNode object(List<Map.Entry<String, JsonNode>> fields) {
      if (r.nextBoolean()) {
        Collections.shuffle(fields, r);
      }
      ObjectNode node = Json.object();
      fields.forEach(f -> node.set(f.getKey(), f.getValue()));
      return node;
    }

    JsonNode money(Money m) {
      BigDecimal yuan = m.toYuan();
      boolean whole = yuan.stripTrailingZeros().scale() <= 0;
      int form = r.nextInt(whole ? 5 : 3);
      return switch (floats && r.nextInt(3) == 0 ? 5 : form) {
        case 0 -> TextNode.valueOf(m.toFenString());
        case 1 -> TextNode.valueOf(yuan.stripTrailingZeros().toPlainString());
        case 2 -> TextNode.valueOf(yuan.toPlainString());
        case 3 -> LongNode.valueOf(yuan.longValueExact());
        case 4 -> IntNode.valueOf(yuan.intValue());
        default -> {
          // A float: the tree's to read (it normalises a float's decimals, and refuses a whole one as an exponent).
          plain = false;
          yield DecimalNode.valueOf(yuan.setScale(2));
        }
      };
    }
  }

  /** A place in the record that holds a value: a field of an object or an element of an array. */
  private record Slot(JsonNode container, Optional<String> name, int index) {
    static List<Slot> all(JsonNode root) {
      var out = new ArrayList<Slot>();
      collect(root, out);
      return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
      if (node.isObject()) {
        for (String field : (Iterable<String>) node::fieldNames) {
          out.add(new Slot(node, Optional.of(field), -1));
          collect(node.get(field), out);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          out.add(new Slot(node, Optional.empty(), i));
          collect(node.get(i), out);
        }
      }
    }

    String replaced(ObjectNode root, String raw) {
      if (name.isPresent()) {
        ((ObjectNode) container).put(name.get(), MARK);
      } else {
        ((ArrayNode) container).set(index, TextNode.valueOf(MARK));
      }
      return Json.compact(root).replace("\"" + MARK + "\"", raw);
    }

    String removed(ObjectNode root) {
      if (name.isPresent()) {
        ((ObjectNode) container).remove(name.get());
      } else {
        ((ArrayNode) container).remove(index);
      }
      return Json.compact(root);
    }

    /** A field added to the object that holds this slot (or to the array's element, if it is an object). */
    String withField(ObjectNode root, String field, String raw) {
      JsonNode target = name.isPresent() ? container : container.get(index);
      if (!target.isObject()) {
        return replaced(root, raw);
      }
      ((ObjectNode) target).put(DUPLICATE, MARK);
      return Json.compact(root).replace("\"" + DUPLICATE + "\"", Json.compact(TextNode.valueOf(field)))
          .replace("\"" + MARK + "\"", raw);
    }

    /** The slot's field given a second time, with the same value (an element of an array is left out instead). */
    String repeated(ObjectNode root) {
      if (name.isEmpty()) {
        return removed(root);
      }
      return withField(root, name.get(), Json.compact(container.get(name.get())));
    }
  }

  private static List<String> hostile() {
    var out = new ArrayList<>(List.of("null", "true", "false", "0", "-0", "00", "007", "0.0", "-1", "1", "1.5", "2.0",
        "5e5", "5E+5",
        "500000.0", "500000.00", "500000.001", "1e999999999", "1e400", "-1e-400", "2147483647", "2147483648",
        "-2147483649", "9223372036854775808", "10000000", "10000001", "10000", "10001", "1899", "1900", "2100", "2101",
        "2023", "999999999999999", "1000000000000000", "99999999999999999999", "{}", "[]", "[{}]", "[null]",
        "{\"a\":1}", "\"\"", "\" \"", "\"\\t\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\uD800\"", "\"x\uDC00y\"",
        "\"\uDBFF\"", "\"\\ud83d\\ude00\"", "\"😀\"",
        "\"\\u0000\"", "\"2023-02-29\"", "\"2024-02-29\"", "\"2023-13-01\"", "\"2023-00-10\"", "\"2023-1-01\"",
        "\"1899-12-31\"", "\"1900-01-01\"", "\"2100-12-31\"", "\"2101-01-01\"", "\"0000-01-01\"", "\"+2023-01-01\"",
        "\"２０２３-01-01\"", "\"2023/01/01\"", "\"2023-01-01T00:00\"", "\"NATIONAL\"", "\"national\"", "\"CITY\"",
        "\"PROVINCIAL\"", "\"DISTRICT\"", "\"RENEWAL\"", "\"NEW\"", "\"SRDI_SME\"", "\"LITTLE_GIANT\"",
        "\"INDUSTRIAL\"", "\"LISTING\"", "\"HIGH_TECH_ENTERPRISE\"", "\"NOT_DECLARED\"", "\"listing\"", "\"guilin\"",
        "\"zhanjiang\"", "\"nowhere\"", "\"Guilin\"", "\"5\"", "\"5.1\"", "\"5.10\"", "\"5.100\"", "\"5.123\"",
        "\"-5\"", "\"-0\"", "\"-0.00\"", "\"+5\"", "\"5.\"", "\".5\"", "\"0005\"", "\"1e5\"", "\" 5\"",
        "\"123456789012345\"", "\"1234567890123456\"", "\"123456789012345.99\"", "\"123456789012345.999\"",
        "\"1234567890123456789012345678\"", "\"12345678901234567890\"", "\"٥\"", "\"PROGRAM_A\"",
        "[".repeat(InputLimits.MAX_NESTING + 4) + "1" + "]".repeat(InputLimits.MAX_NESTING + 4), "[[[[1]]]]",
        "1" + "0".repeat(70), "\"" + "x".repeat(InputLimits.MAX_STRING_LENGTH + 1) + "\"", "}", "]", ",", ":", "\"",
        "\\", "{", "[", "nul", "tru", "'x'", "NaN", "Infinity", "/* */1"));
    return List.copyOf(out);
  }
}
