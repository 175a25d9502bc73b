package dev.srdi.api.json;

import java.util.ArrayList;
import java.util.List;

/** A place in a JSON document, written for people ({@code enterprises[3].revenue}) and as a JSON Pointer. */
record JsonPath(List<Object> segments) {
  static final JsonPath ROOT = new JsonPath(List.of());

  JsonPath {
    segments = List.copyOf(segments);
  }

  JsonPath field(String name) {
    return append(name);
  }

  JsonPath index(int i) {
    return append(i);
  }

  private JsonPath append(Object segment) {
    var next = new ArrayList<>(segments);
    next.add(segment);
    return new JsonPath(next);
  }

  String pointer() {
    var b = new StringBuilder();
    for (Object s : segments) {
      b.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    var b = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer i) {
        b.append('[').append(i).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(s);
      }
    }
    return b.toString();
  }
}
