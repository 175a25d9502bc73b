package dev.srdi.api.json;

import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded as UTF-8, or the place of the first byte that is not: its line, its column, and its
 * offset within the line, so that a person can find a stray Latin-1 or GBK byte in a large file.
 * One UTF-8 byte-order mark at the start (as some Windows editors write) is dropped.
 */
public final class Utf8Text {
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** What the JDK's lenient decoding puts for a byte that is not UTF-8. */
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8Text() {}

  /**
   * A whole document.
   *
   * @param bytes the document
   * @return the text, or the error at the first byte that is not UTF-8 (lines counted from 1 at each LF)
   */
  public static Either<InputError, String> decode(byte[] bytes) {
    return decode(bytes, startsWithByteOrderMark(bytes, 0, bytes.length) ? BYTE_ORDER_MARK.length : 0, bytes.length, 1);
  }

  /**
   * Part of a byte array, as one line of a JSON Lines file; a byte-order mark is not dropped here.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param to past the last byte
   * @param firstLine the number of the line the bytes start on
   * @return the text, or the error at the first byte that is not UTF-8
   */
  static Either<InputError, String> decode(byte[] bytes, int from, int to, int firstLine) {
    // The string constructor is the JDK's fastest decoder, but replaces each byte that is not UTF-8 by U+FFFD:
    // a text without one is the bytes exactly, and only a text with one (an error, or a U+FFFD in the input)
    // is decoded again strictly, to tell the two apart and place the error.
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return text.indexOf(REPLACEMENT) < 0 ? Either.right(text) : strictly(bytes, from, to, firstLine);
  }

  /** The bytes decoded by a decoder that stops at the first byte that is not UTF-8. */
  static Either<InputError, String> strictly(byte[] bytes, int from, int to, int firstLine) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the output never overflows.
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return Either.left(notUtf8(bytes, from, in.position(), firstLine));
    }
    return Either.right(out.flip().toString());
  }

  private static InputError notUtf8(byte[] bytes, int from, int bad, int firstLine) {
    int line = firstLine;
    int lineStart = from;
    for (int i = from; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
    return InputError.at("$", line, column, String.format("not UTF-8 text (byte %d of the line, 0x%02X, is not part of a UTF-8 character)",
        bad - lineStart + 1, bytes[bad] & 0xFF));
  }

  static boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
    return to - from >= BYTE_ORDER_MARK.length && bytes[from] == BYTE_ORDER_MARK[0] && bytes[from + 1] == BYTE_ORDER_MARK[1]
        && bytes[from + 2] == BYTE_ORDER_MARK[2];
  }
}
