package dev.srdi.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srdi.core.facts.Enterprise;
import java.util.List;

/** The {@code leftOut} list of a one-jurisdiction answer: the enterprises that name another jurisdiction. */
public final class LeftOut {
  private LeftOut() {}

  /**
   * Adds {@code leftOut: [{id, jurisdiction}]} when anything was left out; nothing otherwise.
   *
   * @param json the document, which the list ends
   * @param leftOut the enterprises left out
   * @return the same document
   */
  public static ObjectNode annotate(ObjectNode json, List<Enterprise> leftOut) {
    if (!leftOut.isEmpty()) {
      ArrayNode list = json.putArray("leftOut");
      leftOut.forEach(e -> list.addObject().put("id", e.id().value())
          .put("jurisdiction", e.jurisdiction().map(j -> j.value()).orElse("")));
    }
    return json;
  }
}
