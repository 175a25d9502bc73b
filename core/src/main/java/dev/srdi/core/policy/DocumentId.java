package dev.srdi.core.policy;

import java.util.Objects;

/** A policy document's id: the name of its seed file without the extension, e.g. {@code 004_901c7209498bc010}. */
public record DocumentId(String value) {
  public DocumentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a document id must not be blank");
    }
  }

  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  /** The seed file's name under {@code /seeds/} on the class path. */
  public String seedFile() {
    return value + ".txt";
  }

  @Override
  public String toString() {
    return value;
  }
}
