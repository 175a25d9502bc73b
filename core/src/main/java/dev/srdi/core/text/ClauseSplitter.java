package dev.srdi.core.text;

import dev.srdi.core.policy.DocumentId;
import dev.srdi.core.policy.DocumentPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a seed document into the clauses its citations name. The texts are converted from published
 * files, so the splitter reads paragraphs (non-empty lines) and their markers: "一、" opens a section,
 * "（一）" or "(一)" a clause of it, "1." an item of that clause; a paragraph without a marker continues
 * the clause before it (page breaks cut sentences: "建" / "立"). Before the first section come the
 * title ("标题": the opening lines without a full stop) and the preamble ("前言"); the closing paragraph
 * that names who interprets the document is "末段"; a notice that issues its parts is "通知". A
 * heading with no words of its own ("三、培育措施") is a {@link Heading}, not a clause. A section
 * heading the conversion lost its number from (a short line of words alone before a clause) takes
 * the next number.
 */
public final class ClauseSplitter {
  private static final String NUMERALS = "一二三四五六七八九十";
  private static final Pattern SECTION = Pattern.compile("^([" + NUMERALS + "]+)、");
  private static final Pattern CLAUSE = Pattern.compile("^[（(]([" + NUMERALS + "]+)[）)]");
  private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.．]");
  private static final Pattern BARE_WORDS = Pattern.compile("^\\p{IsHan}{2,20}$");

  private final DocumentId document;
  private final List<DocumentPart> parts;
  private final List<Block> blocks = new ArrayList<>();
  private DocumentPart part;
  private int nextPart;
  private String section;
  private String clause;
  private String label;
  private final List<String> paragraphs = new ArrayList<>();
  private Depth depth = Depth.FRONT;

  /** Where the splitter is: in the front matter, or in a section, clause or item. */
  private enum Depth { FRONT, SECTION, CLAUSE, ITEM, CLOSING }

  private ClauseSplitter(DocumentId document, List<DocumentPart> parts) {
    this.document = document;
    this.parts = parts.stream().filter(p -> p.document().equals(document)).toList();
  }

  /**
   * The document's blocks in reading order.
   *
   * @param document the document's id
   * @param raw its text as shipped
   * @param parts the texts inside it that number their clauses on their own (none for most documents)
   * @return the split text
   */
  public static PolicyText split(DocumentId document, String raw, List<DocumentPart> parts) {
    return new ClauseSplitter(document, parts).run(paragraphs(raw));
  }

  /** The non-empty lines, trimmed, without the markup stars of the conversion. */
  static List<String> paragraphs(String raw) {
    return raw.lines().map(l -> l.replace("*", "").strip()).filter(l -> !l.isEmpty()).toList();
  }

  private PolicyText run(List<String> lines) {
    if (parts.isEmpty()) {
      open(Depth.FRONT, "标题");
    } else {
      label = "通知";
    }
    for (int i = 0; i < lines.size(); i++) {
      String p = lines.get(i);
      Optional<String> next = i + 1 < lines.size() ? Optional.of(lines.get(i + 1)) : Optional.empty();
      read(p, next);
    }
    flush(false);
    return new PolicyText(document, blocks);
  }

  private void read(String p, Optional<String> next) {
    if (nextPart < parts.size() && p.startsWith(parts.get(nextPart).startsAt())) {
      flush(false);
      part = parts.get(nextPart++);
      section = null;
      open(Depth.FRONT, "标题");
      paragraphs.add(p);
      return;
    }
    Matcher m;
    if ((m = SECTION.matcher(p)).find() && depth != Depth.CLOSING) {
      flush(false);
      section = m.group(1);
      open(Depth.SECTION, section);
    } else if ((m = CLAUSE.matcher(p)).find() && section != null && depth != Depth.CLOSING) {
      flush(depth == Depth.SECTION);
      clause = m.group(1);
      open(Depth.CLAUSE, section + "、（" + clause + "）");
    } else if ((m = ITEM.matcher(p)).find() && clause != null && depth.compareTo(Depth.CLAUSE) >= 0
        && depth != Depth.CLOSING) {
      flush(depth == Depth.CLAUSE);
      open(Depth.ITEM, section + "、（" + clause + "）" + m.group(1));
    } else if (section != null && BARE_WORDS.matcher(p).matches() && next.filter(n -> CLAUSE.matcher(n).find()).isPresent()) {
      flush(false);
      section = following(section);
      open(Depth.SECTION, section);
    } else if (section != null && p.startsWith("本") && p.contains("负责解释")) {
      flush(false);
      open(Depth.CLOSING, "末段");
    } else if (depth == Depth.FRONT && label.endsWith("标题") && endsSentence(p)) {
      flush(false);
      open(Depth.FRONT, "前言");
    }
    paragraphs.add(p);
  }

  private void open(Depth to, String local) {
    depth = to;
    label = part == null ? local : part.label(local);
    if (to == Depth.SECTION || to == Depth.FRONT) {
      clause = null;
    }
  }

  /** Ends the block being read; a clause that is only its heading becomes a heading when a deeper one follows. */
  private void flush(boolean deeperFollows) {
    if (paragraphs.isEmpty()) {
      return;
    }
    String text = join(paragraphs, label.endsWith("通知") || label.endsWith("末段"));
    blocks.add(deeperFollows && paragraphs.size() == 1 ? new Heading(text) : new Clause(label, text));
    paragraphs.clear();
  }

  private static String join(List<String> paragraphs, boolean lineByLine) {
    var out = new StringBuilder(paragraphs.get(0));
    for (int i = 1; i < paragraphs.size(); i++) {
      // A line that ends without a stop was cut by a page break: the next line goes on the same sentence;
      // a section's heading, and each line of a notice's letterhead or of the closing words, stand alone.
      String previous = paragraphs.get(i - 1);
      boolean apart = lineByLine || endsSentence(previous) || i == 1 && SECTION.matcher(previous).find();
      out.append(apart ? "\n" : "").append(paragraphs.get(i));
    }
    return out.toString();
  }

  private static boolean endsSentence(String p) {
    return p.endsWith("。") || p.endsWith("：") || p.endsWith(":") || p.endsWith("；");
  }

  private static String following(String numeral) {
    int at = NUMERALS.indexOf(numeral);
    if (numeral.length() != 1 || at < 0 || at + 1 >= NUMERALS.length()) {
      throw new IllegalArgumentException("no numeral follows " + numeral);
    }
    return String.valueOf(NUMERALS.charAt(at + 1));
  }
}
