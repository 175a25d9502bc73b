package dev.srdi.cli.text;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a display width: at a space where there is one, else anywhere (汉字 need no spaces). */
final class Wrap {
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
    while (DisplayWidth.of(rest) > width) {
      int cut = 0;
      int used = 0;
      int lastSpace = -1;
      while (cut < rest.length()) {
        int cp = rest.codePointAt(cut);
        int w = DisplayWidth.of(cp);
        if (used + w > width) {
          break;
        }
        if (cp == ' ') {
          lastSpace = cut;
        }
        used += w;
        cut += Character.charCount(cp);
      }
      if (cut == 0) {
        // A character wider than the column: give it its own line rather than loop forever.
        cut = Character.charCount(rest.codePointAt(0));
      }
      if (lastSpace > 0 && lastSpace > cut / 2 && cut < rest.length()) {
        out.add(rest.substring(0, lastSpace));
        rest = rest.substring(lastSpace + 1);
      } else {
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
    }
    out.add(rest);
  }
}
