package dev.srdi.tables;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a table (an id and its mapping), read field by field: every refusal names the file,
 * the line of the field (or of the entry, for a field that is missing) and the entry's id.
 */
final class Entry {
  private final String file;
  private final String id;
  private final int line;
  private final Node.Mapping mapping;

  private Entry(String file, String id, int line, Node.Mapping mapping) {
    this.file = file;
    this.id = id;
    this.line = line;
    this.mapping = mapping;
  }

  /** The entries of a table file: a mapping from id to entry. */
  static List<Entry> all(String file, Node root) {
    if (!(root instanceof Node.Mapping table)) {
      throw new TableException(file, root.line(), "", "a table is a mapping from id to entry, not " + root.kind());
    }
    return table.fields().stream().map(f -> of(file, f.key(), f.line(), f.value())).toList();
  }

  static Entry of(String file, String id, int line, Node value) {
    if (!(value instanceof Node.Mapping m)) {
      throw new TableException(file, line, id, "an entry is a mapping of fields, not " + value.kind()
          + ": write its fields under it, one a line, as docs/TABLES.md gives them for " + file.replaceFirst(".*/", ""));
    }
    return new Entry(file, id, line, m);
  }

  String file() {
    return file;
  }

  String id() {
    return id;
  }

  int line() {
    return line;
  }

  TableException error(String problem) {
    return new TableException(file, line, id, problem);
  }

  TableException error(String field, String problem) {
    return new TableException(file, mapping.field(field).map(Node.Field::line).orElse(line), id, problem);
  }

  /** Refuses a field the table does not know, so that a misspelt one is not silently ignored. */
  Entry only(Set<String> known) {
    mapping.fields().stream().filter(f -> !known.contains(f.key())).findFirst().ifPresent(f -> {
      throw new TableException(file, f.line(), id, "unknown field '" + f.key() + "'; known: " + new java.util.TreeSet<>(known));
    });
    return this;
  }

  boolean has(String field) {
    return mapping.field(field).isPresent();
  }

  Optional<Node> node(String field) {
    return mapping.field(field).map(Node.Field::value);
  }

  int lineOf(String field) {
    return mapping.field(field).map(Node.Field::line).orElse(line);
  }

  String text(String field) {
    return optionalText(field).orElseThrow(() -> error(field, "missing " + field + ": " + Hints.of(field)));
  }

  Optional<String> optionalText(String field) {
    Optional<Node> node = node(field);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof Node.Scalar scalar)) {
      throw error(field, field + " is a single value, not " + node.get().kind());
    }
    return scalar.text().filter(t -> !t.isBlank());
  }

  /** A list of texts; a single text is read as a list of one. */
  List<String> texts(String field) {
    Optional<Node> node = node(field);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof Node.Scalar scalar) {
      return scalar.text().map(List::of).orElse(List.of());
    }
    if (!(node.get() instanceof Node.Sequence seq)) {
      throw error(field, field + " is a list, not " + node.get().kind());
    }
    return seq.items().stream().map(item -> {
      if (!(item instanceof Node.Scalar s) || s.text().isEmpty()) {
        throw new TableException(file, item.line(), id, field + " lists single values only");
      }
      return s.text().get();
    }).toList();
  }

  /** A nested mapping read as an entry of its own, under this entry's id. */
  Entry sub(String field) {
    Node node = node(field).orElseThrow(() -> error(field, "missing " + field));
    return of(file, id, lineOf(field), node);
  }

  Optional<Entry> optionalSub(String field) {
    return has(field) ? Optional.of(sub(field)) : Optional.empty();
  }

  List<Node.Field> fields() {
    return mapping.fields();
  }
}
