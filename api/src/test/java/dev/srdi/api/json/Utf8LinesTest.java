package dev.srdi.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class Utf8LinesTest {
  private static List<Utf8Lines.Line> lines(byte[] bytes, int max) throws IOException {
    var out = new ArrayList<Utf8Lines.Line>();
    try (var in = new Utf8Lines(new ByteArrayInputStream(bytes), max)) {
      Utf8Lines.Line line;
      while ((line = in.next()) != null) {
        out.add(line);
      }
    }
    return out;
  }

  private static List<Utf8Lines.Line> lines(String text) throws IOException {
    return lines(text.getBytes(StandardCharsets.UTF_8), InputLimits.MAX_LINE_BYTES);
  }

  @Test
  void only_lf_and_crlf_end_a_line_a_lone_cr_belongs_to_the_record() throws IOException {
    var read = lines("{\"id\":\r\"A\"}\r\n{\"id\": \"B\"}\n{\"id\": \"C\"}");
    assertEquals(List.of("{\"id\":\r\"A\"}", "{\"id\": \"B\"}", "{\"id\": \"C\"}"),
        read.stream().map(Utf8Lines.Line::text).toList());
    assertEquals(List.of(1, 2, 3), read.stream().map(Utf8Lines.Line::number).toList());
    assertTrue(read.stream().allMatch(l -> l.error().isEmpty()));
  }

  @Test
  void a_line_over_the_limit_is_an_error_at_its_line_and_the_next_line_is_read() throws IOException {
    var read = lines(("{\"id\": \"A\"}\n" + "x".repeat(100) + "\n{\"id\": \"C\"}\n").getBytes(StandardCharsets.UTF_8), 64);
    assertEquals(3, read.size());
    assertEquals(Optional.empty(), read.get(0).error());
    InputError tooLong = read.get(1).error().orElseThrow();
    assertEquals(Optional.of(2), tooLong.line());
    assertTrue(tooLong.message().startsWith("a line longer than 64 bytes"), tooLong.message());
    assertEquals("{\"id\": \"C\"}", read.get(2).text());
    assertEquals(3, read.get(2).number());
  }

  @Test
  void a_line_of_exactly_the_limit_is_read_with_or_without_its_cr() throws IOException {
    String fits = "y".repeat(64);
    var read = lines((fits + "\r\n" + fits + "\n" + fits + "z\n").getBytes(StandardCharsets.UTF_8), 64);
    assertEquals(fits, read.get(0).text());
    assertEquals(fits, read.get(1).text());
    assertTrue(read.get(2).error().isPresent());
  }

  @Test
  void an_endless_line_is_reported_while_it_is_still_being_read_in_bounded_memory() {
    // Far more bytes than the heap of a test JVM holds, never a line end: the error must come at the limit.
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        return len;
      }
    };
    Utf8Lines.Line first = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new Utf8Lines(endless).next());
    assertEquals(Optional.of(1), first.error().orElseThrow().line());
    assertTrue(first.error().get().message().contains(String.valueOf(InputLimits.MAX_LINE_BYTES)));
  }

  @Test
  void a_line_that_is_not_utf8_says_where_its_first_bad_byte_is() throws IOException {
    byte[] bytes = "{\"id\": \"A\"}\n{\"id\": \"é?\"}\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xFF;
    var read = lines(bytes, InputLimits.MAX_LINE_BYTES);
    InputError bad = read.get(1).error().orElseThrow();
    assertEquals(Optional.of(2), bad.line());
    assertEquals("$", bad.path());
    assertEquals("not UTF-8 text (byte 11 of the line, 0xFF, is not part of a UTF-8 character)", bad.message());
    assertEquals(Optional.of(10), bad.column());
  }

  @Test
  void a_document_that_is_not_utf8_says_the_line_and_byte() {
    byte[] bytes = "{\n  \"schema\": \"srdi-scenario/1\",\n  \"x\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    InputError bad = Utf8Text.decode(bytes).getLeft();
    assertEquals(Optional.of(3), bad.line());
    assertTrue(bad.describe().startsWith("$: not UTF-8 text (byte 9 of the line, 0xFF,"), bad.describe());
    assertEquals("{}", Utf8Text.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}).get());
  }

  @Test
  void the_end_of_the_stream_ends_the_last_line() throws IOException {
    assertEquals(List.of("a"), lines("a").stream().map(Utf8Lines.Line::text).toList());
    assertEquals(List.of("a"), lines("a\n").stream().map(Utf8Lines.Line::text).toList());
    try (var in = new Utf8Lines(new ByteArrayInputStream(new byte[0]))) {
      assertNull(in.next());
    }
  }
}
