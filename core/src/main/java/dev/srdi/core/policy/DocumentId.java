package dev.srdi.core.policy;

import java.util.Objects;

/**
 * A policy document's id: the name of its seed file without the extension, e.g. {@code 004_901c7209498bc010}.
 *
 * @param value the id, not blank
 */
public record DocumentId(String value) {
  /**
   * Rejects a blank id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is blank
   */
  public DocumentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a document id must not be blank");
    }
  }

  /**
   * The id.
   *
   * @param value the seed file's name without extension
   * @return the id
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  /**
   * {@return the seed file's name under {@code /seeds/} on the class path, e.g. {@code
   * 004_901c7209498bc010.txt}}
   */
  public String seedFile() {
    return value + ".txt";
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * Equal when the ids are: written out rather than the record's generated method, which is looked up
   * through a method handle that the JIT does not always inline, and ids are map keys on every claim.
   *
   * @param o the other object
   * @return whether it is the same id
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof DocumentId other && value.equals(other.value);
  }

  /** {@return the hash of the id, the same number the generated method gives} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
