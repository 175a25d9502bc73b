package dev.srdi.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each value of a JSON text starts, by JSON Pointer: a tree of {@code JsonNode}s
 * forgets where it came from, and an input error must say where it is.
 */
final class LineIndex {
  private final Map<String, Integer> lines;

  private LineIndex(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes a text that is known to parse. */
  static LineIndex of(ObjectMapper mapper, String text) throws IOException {
    var lines = new HashMap<String, Integer>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonStreamContext context = p.getParsingContext();
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.FIELD_NAME) {
          lines.putIfAbsent(context.pathAsPointer().toString(), line);
        } else if (t.isStructStart()) {
          // The parser has entered the new object or array; its place is the parent's current slot.
          JsonStreamContext parent = context.getParent();
          lines.putIfAbsent(parent == null ? "" : parent.pathAsPointer().toString(), line);
        } else if (t.isScalarValue() && context.inArray()) {
          lines.putIfAbsent(context.pathAsPointer().toString(), line);
        }
      }
    }
    return new LineIndex(lines);
  }

  /** The line of the value at the pointer, or of its nearest ancestor that has one; 0 if none. */
  int lineOf(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
