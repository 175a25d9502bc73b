package dev.srdi.core.text;

import java.util.Objects;

/**
 * A heading with no words of its own ("三、培育措施"): shown, not counted.
 *
 * @param text the heading as shown
 */
public record Heading(String text) implements Block {
  /**
   * Rejects a missing text.
   *
   * @param text the heading
   */
  public Heading {
    Objects.requireNonNull(text, "text");
  }
}
