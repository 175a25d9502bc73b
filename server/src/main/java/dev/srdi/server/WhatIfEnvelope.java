package dev.srdi.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.InputLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top level of a {@code srdi-whatif-request/1} body, found in one pass over its tokens: the text
 * of its scenario and of each reform, cut from the body, with where each starts, so that the facade's
 * own readers read them (one reader, one set of messages) and their errors are placed in the body;
 * and where each reform names a parameter, an interpretation and a budget's fund, so that a problem
 * found later, when the what-if applies them, is placed too. A body whose top level has neither
 * {@code scenario} nor {@code reforms} nor this schema is not a request: it is read as a scenario.
 */
final class WhatIfEnvelope {
  /** The value of a request's {@code schema} member. */
  static final String SCHEMA = "srdi-whatif-request/1";
  private static final String MEMBERS = "schema, scenario, reforms";
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(InputLimits.streamReadConstraints())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** A member's value as text cut from the body, and where it starts. */
  record Part(String text, Place at) {}

  /**
   * One reform of the request.
   *
   * @param part its text and where it starts
   * @param parameters where each parameter id is named, in its order
   * @param interpretations where each interpretation id is named
   * @param budgets where its {@code budgets} member is, if it has one
   * @param funds where each budget names its fund (the budget itself if it names none), in order
   */
  record ReformPart(Part part, Map<String, Place> parameters, Map<String, Place> interpretations,
      Optional<Place> budgets, List<Place> funds) {}

  /** What the body's top level holds, and what is wrong with it (the parts are not read yet). */
  record Scan(Optional<Part> scenario, List<ReformPart> reforms, List<InputError> errors) {}

  private final String text;
  private final JsonParser parser;
  private final List<InputError> errors = new ArrayList<>();
  private boolean request;

  private WhatIfEnvelope(String text, JsonParser parser) {
    this.text = text;
    this.parser = parser;
  }

  /** The request's parts, or empty if the body is not a request (then it is a scenario, or not JSON). */
  static Optional<Scan> scan(String text) {
    try (JsonParser p = JSON.createParser(text)) {
      return new WhatIfEnvelope(text, p).top();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Scan> top() throws IOException {
    Optional<Part> scenario = Optional.empty();
    var reforms = new ArrayList<ReformPart>();
    boolean schema = false;
    Place root = new Place("", 1, 1);
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      JsonLocation start = parser.currentTokenLocation();
      root = new Place("", start.getLineNr(), start.getColumnNr());
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        Place at = here(root, name);
        JsonToken value = parser.nextToken();
        switch (name) {
          case "schema" -> {
            schema = true;
            boolean ours = value == JsonToken.VALUE_STRING && parser.getText().equals(SCHEMA);
            request |= ours;
            if (!ours) {
              errors.add(at.error("must be \"" + SCHEMA + "\""));
            }
          }
          case "scenario" -> {
            request = true;
            if (value == JsonToken.START_OBJECT) {
              scenario = Optional.of(part(at));
            } else {
              errors.add(at.error("must be a srdi-scenario/1 document (an object)"));
              parser.skipChildren();
            }
          }
          case "reforms" -> {
            request = true;
            if (value == JsonToken.START_ARRAY) {
              reforms(at, reforms);
            } else {
              errors.add(at.error("must be an array of srdi-reform/1 documents"));
              parser.skipChildren();
            }
          }
          default -> {
            errors.add(at.error("not a member of a what-if request (it takes " + MEMBERS + ")"));
            parser.skipChildren();
          }
        }
      }
    } catch (JsonProcessingException e) {
      if (!request) {
        return Optional.empty();
      }
      JsonLocation where = e.getLocation();
      errors.add(InputError.at("", where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
          e.getOriginalMessage()));
      return Optional.of(new Scan(Optional.empty(), List.of(), List.copyOf(errors)));
    }
    if (!request) {
      return Optional.empty();
    }
    if (!schema) {
      errors.add(root.member("schema", root.line(), root.column()).error("is required: \"" + SCHEMA + "\""));
    }
    if (scenario.isEmpty() && errors.stream().noneMatch(e -> e.path().equals("scenario"))) {
      errors.add(root.member("scenario", root.line(), root.column())
          .error("is required: the srdi-scenario/1 document to evaluate"));
    }
    return Optional.of(new Scan(scenario, List.copyOf(reforms), List.copyOf(errors)));
  }

  private void reforms(Place at, List<ReformPart> reforms) throws IOException {
    int index = 0;
    JsonToken item;
    while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
      JsonLocation start = parser.currentTokenLocation();
      Place reform = at.item(index, start.getLineNr(), start.getColumnNr());
      if (item == JsonToken.START_OBJECT) {
        reforms.add(reform(reform, start));
      } else {
        errors.add(reform.error("must be a srdi-reform/1 document (an object)"));
        parser.skipChildren();
      }
      index++;
    }
  }

  /** One reform object, the parser on its start: where it names what, and its text. */
  private ReformPart reform(Place at, JsonLocation start) throws IOException {
    var parameters = new LinkedHashMap<String, Place>();
    var interpretations = new LinkedHashMap<String, Place>();
    Optional<Place> budgets = Optional.empty();
    var funds = new ArrayList<Place>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Place member = here(at, name);
      JsonToken value = parser.nextToken();
      if ((name.equals("parameters") || name.equals("interpretations")) && value == JsonToken.START_OBJECT) {
        ids(member, name.equals("parameters") ? parameters : interpretations);
      } else if (name.equals("budgets") && value == JsonToken.START_ARRAY) {
        budgets = Optional.of(member);
        funds(member, funds);
      } else {
        parser.skipChildren();
      }
    }
    String cut = text.substring((int) start.getCharOffset(), (int) parser.currentTokenLocation().getCharOffset() + 1);
    return new ReformPart(new Part(cut, at), parameters, interpretations, budgets, funds);
  }

  private void ids(Place at, Map<String, Place> places) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String id = parser.currentName();
      places.put(id, here(at, id));
      parser.nextToken();
      parser.skipChildren();
    }
  }

  private void funds(Place at, List<Place> funds) throws IOException {
    int index = 0;
    JsonToken item;
    while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
      JsonLocation start = parser.currentTokenLocation();
      Place budget = at.item(index++, start.getLineNr(), start.getColumnNr());
      Place fund = budget;
      if (item == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          if (parser.currentName().equals("fund")) {
            fund = here(budget, "fund");
          }
          parser.nextToken();
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
      funds.add(fund);
    }
  }

  /** The member the parser is on (its name), placed where the name is. */
  private Place here(Place parent, String name) {
    JsonLocation where = parser.currentTokenLocation();
    return parent.member(name, where.getLineNr(), where.getColumnNr());
  }

  /** The object the parser is on, to its end: its text and where it starts. */
  private Part part(Place at) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    parser.skipChildren();
    String cut = text.substring((int) start.getCharOffset(), (int) parser.currentTokenLocation().getCharOffset() + 1);
    return new Part(cut, new Place(at.path(), start.getLineNr(), start.getColumnNr()));
  }
}
