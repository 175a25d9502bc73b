package dev.srdi.api.html;

/** Escaping for text and attribute values: the policy texts and table words are data, never markup. */
final class Html {
  private Html() {}

  static String escape(String text) {
    var out = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append((char) c);
      }
    });
    return out.toString();
  }

  /** Escaped, with the text's line breaks kept. */
  static String lines(String text) {
    return escape(text).replace("\n", "<br>");
  }
}
