package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.testkit.PropertyRun;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * What the byte writer writes is, byte for byte, the tree's compact text ({@link Json#compact}) encoded to
 * UTF-8 as the command's output encodes it: strings of any text (pairs outside the BMP, lone surrogates,
 * every control character, quotes, texts longer than one pass, written whole, in parts, or as a start and
 * the copied bytes of a tail written before), any int, true, false, null, any day, in nested objects and
 * arrays, one root value after another.
 */
final class JsonBytesProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonBytes.Name A = JsonBytes.name("a");
  private static final JsonBytes.Name B = JsonBytes.name("b");

  @Test
  void aStringIsTheTreesTextEncodedWhateverItHolds() {
    PropertyRun.qt().withExamples(1000).forAll(texts()).checkAssert(text -> {
      var out = new JsonBytes();
      out.reset();
      out.string(text);
      assertSame(NODES.textNode(text), out);
    });
  }

  @Test
  void aStringWrittenInPartsIsTheWholeWhereverNoPairIsCut() {
    PropertyRun.qt().withExamples(500).forAll(texts(), SourceDSL.integers().between(0, 10_000)).checkAssert((text, at) -> {
      int cut = Math.min(at, text.length());
      if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))
          && Character.isLowSurrogate(text.charAt(cut))) {
        cut++;
      }
      var out = new JsonBytes();
      out.reset();
      out.startString();
      out.text(text, 0, cut);
      out.text(text, cut, text.length());
      out.endString();
      assertSame(NODES.textNode(text), out);
    });
  }

  /** A tail written first, then a text that may or may not end with it: the text as if written whole. */
  @Test
  void aStringEndingWithATailWrittenBeforeIsWrittenAsAWhole() {
    PropertyRun.qt().withExamples(1000).forAll(texts(), texts(), SourceDSL.integers().between(0, 3)).checkAssert((begin, end, how) -> {
      // Half the time the tail starts with the second half of a pair whose first half ends the start.
      boolean cutPair = how >= 2;
      String start = cutPair ? begin + "\ud83d" : begin;
      String tail = cutPair ? "\ude00" + end : end;
      String text = how % 2 == 0 ? start + tail : start;
      var out = new JsonBytes();
      out.reset();
      out.startObject();
      out.field(A);
      int from = out.valueStart();
      out.string(tail);
      int to = out.size();
      out.field(B);
      out.stringEndingWith(text, tail, from + 1, to - 1);
      out.endObject();
      ObjectNode tree = NODES.objectNode();
      tree.put("a", tail);
      tree.put("b", text);
      assertSame(tree, out);
    });
  }

  @Test
  void nestedValuesAreTheTreesText() {
    PropertyRun.qt().withExamples(500).forAll(trees(3)).checkAssert(tree -> {
      var out = new JsonBytes();
      out.reset();
      write(tree, out);
      assertSame(tree, out);
      // A second root value after a reset: nothing of the first is left, no separator comes before it.
      out.reset();
      write(tree, out);
      assertSame(tree, out);
    });
  }

  @Test
  void aDayIsItsIsoTextAndANumberItsDecimals() {
    // Most days near the four-digit years, where the day is written digit by digit, some anywhere.
    Gen<Long> days = Generate.frequency(List.of(
        Pair.of(3, SourceDSL.longs().between(LocalDate.of(-50, 1, 1).toEpochDay(), LocalDate.of(12000, 12, 31).toEpochDay())),
        Pair.of(1, SourceDSL.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))));
    PropertyRun.qt().withExamples(1000).forAll(days, SourceDSL.integers().all()).checkAssert((epochDay, number) -> {
          LocalDate day = LocalDate.ofEpochDay(epochDay);
          var out = new JsonBytes();
          out.reset();
          out.startArray();
          out.date(day);
          out.number(number);
          out.date(LocalDate.of(2000 + Math.floorMod(number, 100), 1 + Math.floorMod(number, 12), 1));
          out.endArray();
          ArrayNode tree = NODES.arrayNode().add(day.toString()).add(number)
              .add(LocalDate.of(2000 + Math.floorMod(number, 100), 1 + Math.floorMod(number, 12), 1).toString());
          assertSame(tree, out);
        });
    var out = new JsonBytes();
    out.reset();
    out.number(Integer.MIN_VALUE);
    assertSame(NODES.numberNode(Integer.MIN_VALUE), out);
  }

  @Test
  void aFieldNameToEscapeIsRefused() {
    assertEquals(IllegalArgumentException.class, catching(() -> JsonBytes.name("a\"b")));
    assertEquals(IllegalArgumentException.class, catching(() -> JsonBytes.name("桂")));
  }

  private static Class<?> catching(Runnable run) {
    try {
      run.run();
      return null;
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  /** Writes the tree as the record writer writes its values: strings whole, other values by kind. */
  private static void write(JsonNode node, JsonBytes out) {
    if (node.isObject()) {
      out.startObject();
      for (var fields = node.fields(); fields.hasNext(); ) {
        var field = fields.next();
        out.field(JsonBytes.name(field.getKey()));
        write(field.getValue(), out);
      }
      out.endObject();
    } else if (node.isArray()) {
      out.startArray();
      node.forEach(element -> write(element, out));
      out.endArray();
    } else if (node.isTextual()) {
      out.string(node.textValue());
    } else if (node.isInt()) {
      out.number(node.intValue());
    } else if (node.isBoolean()) {
      out.bool(node.booleanValue());
    } else {
      out.nullValue();
    }
  }

  private static void assertSame(JsonNode tree, JsonBytes out) {
    assertArrayEquals(Json.compact(tree).getBytes(StandardCharsets.UTF_8), out.copy(0), Json.compact(tree));
  }

  private static Gen<JsonNode> trees(int depth) {
    Gen<JsonNode> leaves = Generate.frequency(List.of(
        Pair.of(4, texts().map(t -> (JsonNode) NODES.textNode(t))),
        Pair.of(2, SourceDSL.integers().all().map(n -> (JsonNode) NODES.numberNode(n))),
        Pair.of(1, Generate.booleans().map(b -> (JsonNode) NODES.booleanNode(b))),
        Pair.of(1, Generate.constant((JsonNode) NODES.nullNode()))));
    if (depth == 0) {
      return leaves;
    }
    Gen<JsonNode> inner = trees(depth - 1);
    Gen<Integer> size = SourceDSL.integers().between(0, 5);
    Gen<String> names = Generate.pick(List.of("id", "measure", "a", "b", "nameZh", "x1"));
    Gen<JsonNode> arrays = in -> {
      ArrayNode array = NODES.arrayNode();
      for (int i = size.generate(in); i > 0; i--) {
        array.add(inner.generate(in));
      }
      return array;
    };
    Gen<JsonNode> objects = in -> {
      ObjectNode object = NODES.objectNode();
      for (int i = size.generate(in); i > 0; i--) {
        object.set(names.generate(in), inner.generate(in));
      }
      return object;
    };
    return Generate.frequency(List.of(Pair.of(2, leaves), Pair.of(1, arrays), Pair.of(1, objects)));
  }

  /** Text of any kind, at times longer than one pass of the writer, so that a pair may straddle its end. */
  private static Gen<String> texts() {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    List<String> pieces = List.of("a", "Z", "0", " ", "桂", "林", "é", "ß", "\u07ff", "\u0800", "\uffff", "\u007f",
        "\u0080", "\u0085", "\u2028", controls.toString(), "\n", "\r", "\t", "\b", "\f", "\"", "\\", "/", "<", "😀",
        "\ud83d\ude00", "\ud800", "\udc00", "\udbff\udfff", "\ufffd");
    Gen<String> piece = Generate.pick(pieces);
    Gen<Integer> length = Generate.frequency(List.of(
        Pair.of(6, SourceDSL.integers().between(0, 40)), Pair.of(1, SourceDSL.integers().between(900, 4000))));
    return in -> {
      int n = length.generate(in);
      var out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        out.append(piece.generate(in));
      }
      return out.toString();
    };
  }
}
