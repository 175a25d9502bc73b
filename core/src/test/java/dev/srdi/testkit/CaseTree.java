package dev.srdi.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML (or JSON, which YAML reads too) file as plain maps, lists and texts, for the example cases and
 * their scenarios; the CLI's reader validates the same scenarios, so this one trusts them.
 */
final class CaseTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private CaseTree() {}

  static Object read(Path file) {
    try (JsonParser parser = FACTORY.createParser(Files.newBufferedReader(file))) {
      parser.nextToken();
      return value(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      var map = new LinkedHashMap<String, Object>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        map.put(key, value(parser));
      }
      return map;
    }
    if (token == JsonToken.START_ARRAY) {
      var list = new ArrayList<Object>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(parser));
      }
      return list;
    }
    return token == JsonToken.VALUE_NULL ? null : parser.getText();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }
}
