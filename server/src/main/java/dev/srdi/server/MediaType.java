package dev.srdi.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a request body may be: one JSON document, or JSON Lines (one enterprise a line). */
enum MediaType {
  JSON("application/json"),
  JSON_LINES("application/x-ndjson");

  /** The names a client may send: JSON Lines goes by several. */
  static final List<String> ACCEPTED = List.of("application/json", "application/x-ndjson", "application/jsonl");

  private final String name;

  MediaType(String name) {
    this.name = name;
  }

  /** The type answered: JSON Lines is answered as {@code application/x-ndjson}. */
  String mediaType() {
    return name;
  }

  /** The type of a {@code Content-Type} header; a charset other than UTF-8 is not accepted. */
  static Optional<MediaType> of(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String[] parts = header.toLowerCase(Locale.ROOT).split(";");
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")
          && !parameter.equals("charset=\"utf-8\"")) {
        return Optional.empty();
      }
    }
    return switch (parts[0].trim()) {
      case "application/json" -> Optional.of(JSON);
      case "application/x-ndjson", "application/jsonl" -> Optional.of(JSON_LINES);
      default -> Optional.empty();
    };
  }
}
