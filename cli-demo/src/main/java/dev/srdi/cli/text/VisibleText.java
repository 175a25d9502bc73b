package dev.srdi.cli.text;

/**
 * Text from the input made safe to print on a terminal: control characters (C0, DEL, C1, ESC) and the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are shown as visible escapes
 * such as {@code \x1B} or {@code \u202E}, so that a name can neither move the cursor, recolour the
 * screen nor reorder what follows it. {@link #of} escapes line breaks too, so that one message stays
 * one line; {@link #cell} keeps them, as a table cell may hold several lines inside its borders.
 */
public final class VisibleText {
  private VisibleText() {}

  public static String of(String text) {
    return escape(text, false);
  }

  /** As {@link #of}, but a line break stays a line break (it cannot leave the cell). */
  public static String cell(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLineBreaks) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c) && !(keepLineBreaks && c == '\n')) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(escape(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text quoted as a user wrote it, for an error message: "…" around its visible form. */
  public static String quoted(String text) {
    return "\"" + of(text) + "\"";
  }

  static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String escape(char c) {
    return c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
  }
}
