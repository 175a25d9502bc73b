package dev.srdi.tables;

import java.util.Map;

/** What to write for a field a table entry lacks: the words a plugin developer reads next to "missing …". */
final class Hints {
  private static final Map<String, String> BY_FIELD = Map.ofEntries(
      Map.entry("quote", "add the exact words of the document the entry comes from (the kit finds them in its text)"),
      Map.entry("clause", "add the clause label as the text numbers it, e.g. \"二、（三）\""),
      Map.entry("document", "add the key of the document in documents.yaml"),
      Map.entry("zh", "add the Chinese name, as the text writes it"),
      Map.entry("en", "add an English name"),
      Map.entry("description", "add a sentence on what the entry is, with 以上/超过 where the text has them"),
      Map.entry("unit", "add one of yuan, percent, permille, count, years, date, factor"),
      Map.entry("id", "add the document's id: the name of its text file under seeds/, without .txt"),
      Map.entry("basis", "say where the in-force window comes from (or that the text does not give it)"));

  private Hints() {}

  static String of(String field) {
    return BY_FIELD.getOrDefault(field, "add it as docs/TABLES.md gives it");
  }
}
