package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line and column on which each value of a JSON text starts, by JSON Pointer: a tree of {@code
 * JsonNode}s forgets where it came from, and an input error must say where it is. The text is
 * tokenised again only when an error asks where it is: a valid JSON Lines record, the common case,
 * never pays for the second pass.
 */
final class LineIndex {
  private final ObjectMapper mapper;
  private final String text;
  private Map<String, Integer> lines;
  private Map<String, Integer> columns;

  private LineIndex(ObjectMapper mapper, String text) {
    this.mapper = mapper;
    this.text = text;
  }

  /** The index of a text that is known to parse, built when it is first asked. */
  static LineIndex of(ObjectMapper mapper, String text) {
    return new LineIndex(mapper, text);
  }

  private void build() {
    if (lines != null) {
      return;
    }
    try {
      index();
    } catch (IOException e) {
      throw new UncheckedIOException("a text that parsed once did not parse again", e);
    }
  }

  private void index() throws IOException {
    var lines = new HashMap<String, Integer>();
    var columns = new HashMap<String, Integer>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonStreamContext context = p.getParsingContext();
        int line = p.currentTokenLocation().getLineNr();
        int column = p.currentTokenLocation().getColumnNr();
        String pointer = null;
        if (t == JsonToken.FIELD_NAME) {
          pointer = context.pathAsPointer().toString();
        } else if (t.isStructStart()) {
          // The parser has entered the new object or array; its place is the parent's current slot.
          JsonStreamContext parent = context.getParent();
          pointer = parent == null ? "" : parent.pathAsPointer().toString();
        } else if (t.isScalarValue() && (context.inArray() || context.inRoot())) {
          pointer = context.pathAsPointer().toString();
        }
        if (pointer != null && !lines.containsKey(pointer)) {
          lines.put(pointer, line);
          columns.put(pointer, column);
        }
      }
    }
    this.lines = lines;
    this.columns = columns;
  }

  /** The line of the value at the pointer, or of its nearest ancestor that has one; 0 if none. */
  int lineOf(String pointer) {
    build();
    return nearest(lines, pointer);
  }

  /** The column (from 1) where that line's value starts; 0 if none. */
  int columnOf(String pointer) {
    build();
    return nearest(columns, pointer);
  }

  private static int nearest(Map<String, Integer> places, String pointer) {
    String p = pointer;
    while (true) {
      Integer place = places.get(p);
      if (place != null) {
        return place;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
