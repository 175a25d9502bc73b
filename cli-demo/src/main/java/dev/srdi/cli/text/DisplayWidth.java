package dev.srdi.cli.text;

/**
 * How many terminal columns a string takes: East Asian wide and full-width characters (汉字, 全角
 * punctuation) take two, combining marks and controls none, everything else one. Ambiguous-width
 * characters (≤, —, “) count as one, as terminals outside CJK locales draw them, or as two when the
 * command's {@link Screen} says the terminal draws them wide ({@code --ambiguous-wide}).
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  public static int of(int codePoint) {
    if (codePoint == 0 || Character.isISOControl(codePoint)) {
      return 0;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    return isWide(codePoint) || (isAmbiguous(codePoint) && Screen.current().ambiguousWide()) ? 2 : 1;
  }

  /**
   * The East Asian Ambiguous (A) characters of Unicode's EastAsianWidth.txt in common use: Latin-1 signs,
   * Greek and Cyrillic letters, general punctuation (‘ ’ “ ” — … ‰ ※), letter-like and number forms
   * (℃ № Ⅰ), arrows, mathematical operators (≤ ≥ ≠ ∈ √), enclosed numbers (①), box drawing and
   * geometric shapes (■ ○ ★), and the private use area.
   */
  static boolean isAmbiguous(int cp) {
    return cp == 0xA1 || cp == 0xA4 || cp == 0xA7 || cp == 0xA8 || cp == 0xAA || cp == 0xAD || cp == 0xAE
        || (cp >= 0xB0 && cp <= 0xB4) || (cp >= 0xB6 && cp <= 0xBA) || (cp >= 0xBC && cp <= 0xBF)
        || cp == 0xC6 || cp == 0xD0 || cp == 0xD7 || cp == 0xD8 || (cp >= 0xDE && cp <= 0xE1) || cp == 0xE6
        || (cp >= 0xE8 && cp <= 0xEA) || cp == 0xEC || cp == 0xED || cp == 0xF0 || cp == 0xF2 || cp == 0xF3
        || (cp >= 0xF7 && cp <= 0xFA) || cp == 0xFC || cp == 0xFE
        || (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x3B1 && cp <= 0x3C9)
        || cp == 0x401 || (cp >= 0x410 && cp <= 0x44F) || cp == 0x451
        || cp == 0x2010 || (cp >= 0x2013 && cp <= 0x2016) || cp == 0x2018 || cp == 0x2019 || cp == 0x201C
        || cp == 0x201D || (cp >= 0x2020 && cp <= 0x2022) || (cp >= 0x2024 && cp <= 0x2027) || cp == 0x2030
        || cp == 0x2032 || cp == 0x2033 || cp == 0x2035 || cp == 0x203B || cp == 0x203E
        || cp == 0x20AC || cp == 0x2103 || cp == 0x2105 || cp == 0x2109 || cp == 0x2113 || cp == 0x2116
        || cp == 0x2121 || cp == 0x2122 || cp == 0x2126 || cp == 0x212B || cp == 0x2153 || cp == 0x2154
        || (cp >= 0x215B && cp <= 0x215E) || (cp >= 0x2160 && cp <= 0x216B) || (cp >= 0x2170 && cp <= 0x2179)
        || (cp >= 0x2190 && cp <= 0x2199) || cp == 0x21D2 || cp == 0x21D4
        || cp == 0x2200 || cp == 0x2202 || cp == 0x2203 || cp == 0x2207 || cp == 0x2208 || cp == 0x220B
        || cp == 0x220F || cp == 0x2211 || cp == 0x2215 || cp == 0x221A || (cp >= 0x221D && cp <= 0x2220)
        || cp == 0x2223 || cp == 0x2225 || (cp >= 0x2227 && cp <= 0x222C) || cp == 0x222E
        || (cp >= 0x2234 && cp <= 0x2237) || cp == 0x223C || cp == 0x223D || cp == 0x2248 || cp == 0x224C
        || cp == 0x2252 || cp == 0x2260 || cp == 0x2261 || (cp >= 0x2264 && cp <= 0x2267) || cp == 0x226A
        || cp == 0x226B || cp == 0x226E || cp == 0x226F || cp == 0x2282 || cp == 0x2283 || cp == 0x2286
        || cp == 0x2287 || cp == 0x2295 || cp == 0x2299 || cp == 0x22A5 || cp == 0x22BF || cp == 0x2312
        || (cp >= 0x2460 && cp <= 0x24E9) || (cp >= 0x24EB && cp <= 0x254B) || (cp >= 0x2550 && cp <= 0x2573)
        || (cp >= 0x2580 && cp <= 0x258F) || (cp >= 0x2592 && cp <= 0x2595) || cp == 0x25A0 || cp == 0x25A1
        || (cp >= 0x25A3 && cp <= 0x25A9) || cp == 0x25B2 || cp == 0x25B3 || cp == 0x25B6 || cp == 0x25B7
        || cp == 0x25BC || cp == 0x25BD || cp == 0x25C0 || cp == 0x25C1 || (cp >= 0x25C6 && cp <= 0x25C8)
        || cp == 0x25CB || (cp >= 0x25CE && cp <= 0x25D1) || (cp >= 0x25E2 && cp <= 0x25E5) || cp == 0x25EF
        || cp == 0x2605 || cp == 0x2606 || cp == 0x2609 || cp == 0x260E || cp == 0x260F || cp == 0x261C
        || cp == 0x261E || cp == 0x2640 || cp == 0x2642 || (cp >= 0x2660 && cp <= 0x2661)
        || (cp >= 0x2663 && cp <= 0x2665) || (cp >= 0x2667 && cp <= 0x266A) || cp == 0x266C || cp == 0x266D
        || cp == 0x266F || (cp >= 0x2776 && cp <= 0x277F) || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFFFD;
  }

  /** The East Asian Wide (W) and Fullwidth (F) blocks, after Markus Kuhn's wcwidth. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || cp == 0x2329 || cp == 0x232A
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE10 && cp <= 0xFE19)
        || (cp >= 0xFE30 && cp <= 0xFE6F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x2FFFD)
        || (cp >= 0x30000 && cp <= 0x3FFFD);
  }

  /** The text followed by spaces up to the width (never cut). */
  public static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }
}
