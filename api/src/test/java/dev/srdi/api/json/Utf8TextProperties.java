package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.srdi.testkit.PropertyRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fast decoding (the JDK's lenient one, checked for U+FFFD) gives what the strict decoder gives, text or
 * error, for bytes made of UTF-8 characters and of the pieces that break it: stray continuation bytes, cut
 * sequences, overlong forms, encoded surrogates, bytes past U+10FFFF, Latin-1 and GBK bytes, and U+FFFD itself.
 */
final class Utf8TextProperties {
  private static final List<int[]> PIECES = List.of(new int[] {'{'}, new int[] {'"'}, new int[] {'a'},
      new int[] {'\n'}, new int[] {0xE6, 0xA1, 0x82}, new int[] {0xC3, 0xA9}, new int[] {0xF0, 0x9F, 0x98, 0x80},
      new int[] {0xEF, 0xBF, 0xBD}, new int[] {0xEF, 0xBB, 0xBF}, new int[] {0x80}, new int[] {0xBF}, new int[] {0xC3},
      new int[] {0xE6, 0xA1}, new int[] {0xF0, 0x9F, 0x98}, new int[] {0xC0, 0xAF}, new int[] {0xE0, 0x80, 0xAF},
      new int[] {0xED, 0xA0, 0x80}, new int[] {0xED, 0xBF, 0xBF}, new int[] {0xF4, 0x90, 0x80, 0x80},
      new int[] {0xF8, 0x88, 0x80, 0x80, 0x80}, new int[] {0xFF}, new int[] {0xFE}, new int[] {0xE9}, new int[] {0xB9, 0xF0},
      new int[] {0xEF, 0xBF, 0xBE}, new int[] {0x00}, new int[] {0x7F});

  @Test
  void theFastDecodingGivesWhatTheStrictOneGives() {
    Gen<byte[]> bytes = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 12).map(pieces -> {
      int length = pieces.stream().mapToInt(p -> p.length).sum();
      byte[] out = new byte[length];
      int k = 0;
      for (int[] piece : pieces) {
        for (int b : piece) {
          out[k++] = (byte) b;
        }
      }
      return out;
    });
    PropertyRun.qt().withExamples(5_000).forAll(bytes, integers().between(1, 9)).checkAssert((b, line) ->
        assertEquals(Utf8Text.strictly(b, 0, b.length, line), Utf8Text.decode(b, 0, b.length, line),
            java.util.Arrays.toString(b)));
  }
}
