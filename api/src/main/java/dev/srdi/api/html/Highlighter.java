package dev.srdi.api.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A clause's words with each quoted span marked: an anchor where the span starts (the entry links back to
 * it), the words marked (darker where quotes overlap), and after the span a numbered link to each entry.
 * Overlapping spans are cut into segments, so that the marks never nest.
 */
final class Highlighter {
  /** One entry's span in the clause's text, its anchors and its number beside the clause. */
  record Span(int start, int end, String spanAnchor, String entryAnchor, int number) {}

  private Highlighter() {}

  static List<Span> spans(JsonNode cited) {
    var out = new ArrayList<Span>();
    for (int i = 0; i < cited.size(); i++) {
      JsonNode c = cited.get(i);
      if (c.has("span")) {
        out.add(new Span(c.get("span").get("start").asInt(), c.get("span").get("end").asInt(),
            c.get("spanAnchor").asText(), c.get("anchor").asText(), i + 1));
      }
    }
    return out;
  }

  static String mark(String text, List<Span> spans) {
    var cuts = new TreeSet<Integer>(List.of(0, text.length()));
    spans.forEach(s -> {
      cuts.add(s.start());
      cuts.add(s.end());
    });
    var out = new StringBuilder();
    Integer from = null;
    for (int at : cuts) {
      if (from != null) {
        int a = from;
        int b = at;
        long depth = spans.stream().filter(s -> s.start() <= a && s.end() >= b).count();
        String words = Html.lines(text.substring(a, b));
        out.append(depth == 0 ? words : "<mark class=\"d" + Math.min(depth, 3) + "\">" + words + "</mark>");
      }
      for (Span s : spans) {
        if (s.end() == at) {
          out.append("<sup><a class=\"to-entry\" href=\"#").append(Html.escape(s.entryAnchor())).append("\">")
              .append(s.number()).append("</a></sup>");
        }
      }
      for (Span s : spans) {
        if (s.start() == at) {
          out.append("<a class=\"span\" id=\"").append(Html.escape(s.spanAnchor())).append("\"></a>");
        }
      }
      from = at;
    }
    return out.toString();
  }
}
