package dev.srdi.tables;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;

/**
 * Reads a YAML file into {@link Node}s with Jackson's streaming parser, which knows each token's line
 * (a data-binding tree would forget it). Every scalar stays text: its table says how to read it.
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlReader() {}

  static Node read(InputStream in, String file) {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Node.Mapping(1, java.util.List.of());
      }
      return node(parser, file, 0, "");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": not readable as YAML: " + e.getMessage(), e);
    }
  }

  /** {@code entry} is the id of the top-level entry being read, for messages about its fields. */
  private static Node node(JsonParser parser, String file, int depth, String entry) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      var fields = new ArrayList<Node.Field>();
      var seen = new HashSet<String>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyLine = parser.currentTokenLocation().getLineNr();
        if (!seen.add(key)) {
          throw depth == 0 ? new TableException(file, keyLine, key, "duplicate id: a second entry with this id")
              : new TableException(file, keyLine, entry, "'" + key + "' is written twice in the same mapping"
                  + " (two values from the same date overlap)");
        }
        parser.nextToken();
        fields.add(new Node.Field(key, keyLine, node(parser, file, depth + 1, depth == 0 ? key : entry)));
      }
      return new Node.Mapping(line, fields);
    }
    if (token == JsonToken.START_ARRAY) {
      var items = new ArrayList<Node>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(parser, file, depth + 1, entry));
      }
      return new Node.Sequence(line, items);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new Node.Scalar(line, Optional.empty());
    }
    return new Node.Scalar(line, Optional.of(parser.getText()));
  }
}
