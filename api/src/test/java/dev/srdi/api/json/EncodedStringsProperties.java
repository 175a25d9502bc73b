package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.srdi.testkit.PropertyRun;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Values written through the cache of encoded strings, met once, twice or many times, are the bytes of
 * the tree's compact text encoded to UTF-8, whatever their text (pairs outside the BMP, lone surrogates,
 * control characters, quotes, values longer than the cache keeps or than the writer encodes in one pass); and
 * the cache stays within its bounds however many distinct values it meets.
 */
final class EncodedStringsProperties {
  @Test
  void valuesMetAgainAreWrittenAsTheTreesTextEncoded() {
    PropertyRun.qt().withExamples(300).forAll(SourceDSL.lists().of(texts()).ofSizeBetween(1, 12),
        SourceDSL.lists().of(SourceDSL.integers().between(0, 11)).ofSizeBetween(1, 60)).checkAssert((pool, picks) -> {
          List<String> values = new ArrayList<>();
          for (int pick : picks) {
            // A copy now and then: a value recurs as an equal string as well as the same one.
            String v = pool.get(pick % pool.size());
            values.add(pick % 3 == 0 ? new String(v.toCharArray()) : v);
          }
          assertArrayEquals(tree(values), written(new EncodedStrings(), values));
        });
  }

  @Test
  void theCacheStaysWithinItsBoundsAndWritesRightAfterDroppingValues() {
    var cache = new EncodedStrings();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 3 * EncodedStrings.ENTRIES; i++) {
      values.add("原因 " + i);
      values.add("原因 " + i);
      values.add("常用的文字");
      values.add("x".repeat(i % EncodedStrings.LONGEST + 1) + i);
    }
    // Longer than the buffer a writer keeps, with lone surrogates and pairs across its passes.
    values.add(1000, "😀\ud800桂".repeat(JsonBytes.KEPT / 4));
    for (int from = 0; from < values.size(); from += 1000) {
      List<String> part = values.subList(from, Math.min(values.size(), from + 1000));
      assertArrayEquals(tree(part), written(cache, part));
      assertTrue(cache.kept() <= EncodedStrings.ENTRIES + EncodedStrings.SEEN, cache.kept() + " values kept");
      assertTrue(cache.keptBytes() <= EncodedStrings.BUDGET + EncodedStrings.SEEN_BUDGET, cache.keptBytes() + " bytes kept");
    }
  }

  private static byte[] tree(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return Json.compact(array).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] written(EncodedStrings cache, List<String> values) {
    var out = new JsonBytes();
    out.reset();
    out.startArray();
    for (String v : values) {
      cache.write(out, v);
    }
    out.endArray();
    return out.copy(0);
  }

  /** Text of any kind, now and then longer than the cache keeps and than the generator's buffer. */
  private static Gen<String> texts() {
    List<String> pieces = List.of("a", "Z", "0", " ", "桂", "林", "é", "\u007f", "\u0085", "\u2028", "\u0000", "\u001f",
        "\n", "\r", "\t", "\"", "\\", "/", "<", "😀", "\ud83d\ude00", "\ud800", "\udc00", "\udbff\udfff", "\ufffd");
    Gen<String> piece = Generate.pick(pieces);
    Gen<Integer> length = Generate.frequency(List.of(Pair.of(6, SourceDSL.integers().between(0, 40)),
        Pair.of(1, SourceDSL.integers().between(1500, 9000))));
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
