package dev.srdi.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.api.Problem;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.api.Scenario;
import dev.srdi.api.json.Json;
import dev.srdi.core.facts.AchievementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in demo scenario, read from the jar. Unlike a user's file it must load whatever plugins
 * are present: achievements of a type no loaded plugin declares are left out, and the demo says so.
 */
public final class DemoScenario {
  public static final String RESOURCE = "/demo/demo-scenario.json";

  private DemoScenario() {}

  /** The scenario, and a note for each achievement type left out. */
  public record Loaded(Scenario scenario, List<String> notes) {}

  public static String text() {
    try (InputStream in = DemoScenario.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo scenario " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Loaded load(Srdi srdi) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(text());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the demo scenario is not JSON: " + e.getOriginalMessage(), e);
    }
    Set<AchievementType> declared = srdi.achievementTypes();
    var dropped = new TreeSet<String>();
    for (JsonNode enterprise : root.path("enterprises")) {
      ArrayNode achievements = (ArrayNode) enterprise.path("achievements");
      for (int i = achievements.size() - 1; i >= 0; i--) {
        String type = achievements.get(i).path("type").asText();
        if (!declared.contains(AchievementType.of(type))) {
          dropped.add(type);
          achievements.remove(i);
        }
      }
    }
    var read = srdi.readScenario(Json.pretty(root));
    if (read.isLeft() && read.getLeft() instanceof Problem.InvalidInput invalid) {
      // Attributes a plugin does not declare for a type: drop those achievements too, rather than fail.
      stripUndeclaredAttributes(root, invalid.errors(), dropped);
      read = srdi.readScenario(Json.pretty(root));
    }
    if (read.isLeft()) {
      throw new IllegalStateException("the demo scenario does not validate: " + read.getLeft().message());
    }
    var notes = new ArrayList<String>();
    if (!dropped.isEmpty()) {
      notes.add("left out achievements of types no loaded jurisdiction reads: " + String.join(", ", dropped));
    }
    return new Loaded(read.get(), notes);
  }

  private static void stripUndeclaredAttributes(JsonNode root, List<InputError> errors, Set<String> dropped) {
    for (InputError e : errors) {
      String path = e.path();
      int at = path.indexOf("].achievements[");
      if (at < 0 || !path.startsWith("enterprises[")) {
        continue;
      }
      int enterprise = Integer.parseInt(path.substring("enterprises[".length(), at));
      String rest = path.substring(at + "].achievements[".length());
      int achievement = Integer.parseInt(rest.substring(0, rest.indexOf(']')));
      JsonNode a = root.path("enterprises").path(enterprise).path("achievements").path(achievement);
      String field = rest.substring(rest.indexOf(']') + 2);
      if (a instanceof ObjectNode object && !field.equals("type") && !field.equals("date")) {
        dropped.add(a.path("type").asText() + "." + field);
        object.remove(field);
      }
    }
  }
}
