package dev.srdi.tables;

import java.util.List;
import java.util.Optional;

/** A YAML value with the line it starts on, so that every message can point at its entry. */
sealed interface Node {
  int line();

  /** A mapping, its keys in the file's order; a key written twice is refused while reading. */
  record Mapping(int line, List<Field> fields) implements Node {
    public Mapping {
      fields = List.copyOf(fields);
    }

    Optional<Field> field(String key) {
      return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
  }

  /** One key of a mapping, with the line of the key. */
  record Field(String key, int line, Node value) {}

  record Sequence(int line, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A scalar as written; YAML's null (or an empty value) has no text. */
  record Scalar(int line, Optional<String> text) implements Node {}

  default String kind() {
    return this instanceof Mapping ? "a mapping" : this instanceof Sequence ? "a list" : "a single value";
  }
}
