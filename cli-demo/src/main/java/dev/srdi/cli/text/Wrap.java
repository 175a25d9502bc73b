package dev.srdi.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a display width, where a reader expects a break:
 * <ul>
 *   <li>at a space (so after ", "), and a word that fits the width, such as a measure id, is never
 *       cut: it moves whole to the next line;</li>
 *   <li>in a run too wide for the width: after a Chinese enumeration comma or clause punctuation
 *       (、，；。), or inside an identifier after a '.', '-', '/' or '_' between letters; else
 *       anywhere (汉字 need no spaces);</li>
 *   <li>never so that a line starts with a comma or an enumeration comma (, 、 ，).</li>
 * </ul>
 */
final class Wrap {
  /** Characters that must not start a continuation line: they belong to the word before them. */
  private static final String NO_LINE_START = ",、，；;。.:：)）”’";
  /** The commas among them, which a line never starts with where there is any other place to break. */
  private static final String COMMAS = ",、，";
  /** Punctuation after which a run of Chinese text may break. */
  private static final String BREAK_AFTER = "、，；。";
  /**
   * Characters after which an identifier may break, when it is too long to keep whole: first between
   * its dotted parts, then between hyphenated words ({@code zhanjiang.tier-award.} / {@code provincial-innovative}).
   */
  private static final String ID_PART_END = "./";
  private static final String ID_WORD_END = "-_";

  private Wrap() {}

  static List<String> lines(String text, int width) {
    var out = new ArrayList<String>();
    for (String paragraph : text.replace("\r", "").replace("\t", " ").split("\n", -1)) {
      wrap(paragraph, width, out);
    }
    return out;
  }

  private static void wrap(String text, int width, List<String> out) {
    String rest = text;
    boolean broken = false;
    while (DisplayWidth.of(rest) > width) {
      int cut = fitting(rest, width);
      if (cut >= rest.length()) {
        break;
      }
      int end;
      int next;
      if (rest.charAt(cut) == ' ') {
        end = cut;
        next = cut;
      } else {
        int tokenStart = rest.lastIndexOf(' ', cut - 1) + 1;
        int tokenEnd = rest.indexOf(' ', cut);
        String token = rest.substring(tokenStart, tokenEnd < 0 ? rest.length() : tokenEnd);
        if (tokenStart > 0 && !rest.substring(0, tokenStart).isBlank() && DisplayWidth.of(token) <= width) {
          // The word fits a line of its own: keep it whole.
          end = tokenStart;
          next = tokenStart;
        } else {
          end = breakInside(rest, tokenStart, cut, width);
          next = end;
        }
      }
      out.add(stripTrailing(rest.substring(0, end)));
      rest = stripLeading(rest.substring(next));
      broken = true;
    }
    if (!(broken && rest.isEmpty())) {
      out.add(rest);
    }
  }

  /** How many chars of the text fit the width; at least one code point, so that wrapping always moves on. */
  private static int fitting(String text, int width) {
    int cut = 0;
    int used = 0;
    while (cut < text.length()) {
      int cp = text.codePointAt(cut);
      int w = DisplayWidth.of(cp);
      if (used + w > width) {
        break;
      }
      used += w;
      cut += Character.charCount(cp);
    }
    return cut == 0 ? Character.charCount(text.codePointAt(0)) : cut;
  }

  /**
   * Where to end the line inside a word too wide to keep whole (the cut falls in it at {@code cut}):
   * after the last punctuation that may end a line, if that leaves at least a third of the width on
   * the line; else at the cut.
   */
  private static int breakInside(String text, int tokenStart, int cut, int width) {
    for (String after : new String[] {BREAK_AFTER + ID_PART_END, ID_WORD_END}) {
      for (int p = cut; p > tokenStart; p--) {
        if (DisplayWidth.of(text.substring(0, p)) * 3 < width) {
          break;
        }
        if (mayBreakAfter(text, p - 1, after) && !startsBadly(text, p)) {
          return p;
        }
      }
    }
    // At the cut, moved back so that the next line does not start with punctuation if it can, with a comma never.
    for (String avoid : new String[] {NO_LINE_START, COMMAS}) {
      int end = cut;
      while (end > 1 && avoid.indexOf(text.charAt(end)) >= 0 && !Character.isLowSurrogate(text.charAt(end - 1))) {
        end--;
      }
      if (avoid.indexOf(text.charAt(end)) < 0) {
        return end;
      }
    }
    return cut;
  }

  private static boolean mayBreakAfter(String text, int i, String after) {
    char c = text.charAt(i);
    if (after.indexOf(c) < 0) {
      return false;
    }
    if (BREAK_AFTER.indexOf(c) >= 0) {
      return true;
    }
    // In an identifier only: "award.provincial", not "100.00" or "-400".
    return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean startsBadly(String text, int i) {
    return i < text.length() && NO_LINE_START.indexOf(text.charAt(i)) >= 0;
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String stripLeading(String s) {
    int start = 0;
    while (start < s.length() && s.charAt(start) == ' ') {
      start++;
    }
    return s.substring(start);
  }
}
