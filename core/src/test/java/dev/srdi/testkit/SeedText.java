package dev.srdi.testkit;

import dev.srdi.core.policy.DocumentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed documents as the citation check reads them: from the class path ({@code /seeds/}), with
 * white space removed and the widths of brackets, punctuation and quotes folded, because the texts
 * break clauses across pages and mix full- and half-width forms. The files themselves are never
 * "fixed".
 */
public final class SeedText {
  private static final Map<DocumentId, String> NORMALISED = new ConcurrentHashMap<>();

  private SeedText() {}

  /** The raw text of a seed document, byte for byte as shipped. */
  public static String raw(DocumentId document) {
    String path = "/seeds/" + document.seedFile();
    try (InputStream in = SeedText.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no seed document on the class path at " + path
            + " (does the module depend on srdi-seeds in test scope?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean contains(DocumentId document, String quote) {
    String haystack = NORMALISED.computeIfAbsent(document, d -> normalise(raw(d)));
    String needle = normalise(quote);
    return !needle.isEmpty() && haystack.contains(needle);
  }

  /** Removes white space and markup stars; folds full-width forms, brackets and quotes to one width. */
  public static String normalise(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '*') {
        return;
      }
      out.appendCodePoint(fold(cp));
    });
    return out.toString();
  }

  private static int fold(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return fold(cp - 0xFEE0);
    }
    return switch (cp) {
      case '〔', '【', '[', '{' -> '(';
      case '〕', '】', ']', '}' -> ')';
      case '“', '”', '‘', '’', '\'', '「', '」' -> '"';
      case '—', '－', '–' -> '-';
      case '、' -> ',';
      default -> cp;
    };
  }
}
