package dev.srdi.cli.text;

/**
 * How many terminal columns a string takes: East Asian wide and full-width characters (汉字, 全角
 * punctuation) take two, combining marks and controls none, everything else one. Ambiguous-width
 * characters (≤, —, “) count as one, as terminals outside CJK locales draw them.
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
    return isWide(codePoint) ? 2 : 1;
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
