package dev.srdi.core.text;

import java.util.Objects;

/** A heading with no words of its own ("三、培育措施"): shown, not counted. */
public record Heading(String text) implements Block {
  public Heading {
    Objects.requireNonNull(text, "text");
  }
}
