package dev.srdi.core.text;

import java.util.Optional;

/**
 * Where a quote stands in a clause's words. The quote and the words are compared as the citation check
 * compares them: white space dropped, full- and half-width forms, brackets, quotes and dashes folded,
 * so that a quote matches across a page break and a bracket of either width.
 *
 * @param start the first character of the span in the clause's text
 * @param end one past its last character
 */
public record QuotedSpan(int start, int end) {
  /**
   * Rejects an empty or negative span.
   *
   * @param start the index of its first character
   * @param end one past its last character
   * @throws IllegalArgumentException when {@code start} is negative or not before {@code end}
   */
  public QuotedSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("an empty or negative span: " + start + ".." + end);
    }
  }

  /**
   * The first place the quote stands in the text.
   *
   * @param text a clause's text
   * @param quote a citation's quote
   * @return the span, or empty if the text does not hold the quote
   */
  public static Optional<QuotedSpan> find(String text, String quote) {
    var haystack = new StringBuilder();
    int[] at = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!kept(c)) {
        continue;
      }
      at[haystack.length()] = i;
      haystack.append(fold(c));
    }
    var needle = new StringBuilder();
    quote.chars().filter(c -> kept((char) c)).forEach(c -> needle.append(fold((char) c)));
    if (needle.isEmpty()) {
      return Optional.empty();
    }
    int found = haystack.indexOf(needle.toString());
    return found < 0 ? Optional.empty()
        : Optional.of(new QuotedSpan(at[found], at[found + needle.length() - 1] + 1));
  }

  private static boolean kept(char c) {
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*';
  }

  private static char fold(char c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return fold((char) (c - 0xFEE0));
    }
    return switch (c) {
      case '〔', '【', '[', '{' -> '(';
      case '〕', '】', ']', '}' -> ')';
      case '“', '”', '‘', '’', '\'', '「', '」' -> '"';
      case '—', '－', '–' -> '-';
      case '、' -> ',';
      default -> c;
    };
  }
}
