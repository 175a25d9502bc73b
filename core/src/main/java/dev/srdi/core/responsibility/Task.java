package dev.srdi.core.responsibility;

import dev.srdi.core.policy.Citation;
import java.util.Objects;

/**
 * A commitment of the document that computes nothing for an enterprise (build a pool, hold job
 * fairs, coordinate), kept so that the responsibility matrix shows the whole document.
 */
public record Task(TaskId id, String nameZh, String nameEn, String description, Citation citation, Responsibility responsibility) {
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
  }

  public static Task of(
      String id, String nameZh, String nameEn, String description, Citation citation, Responsibility responsibility) {
    return new Task(TaskId.of(id), nameZh, nameEn, description, citation, responsibility);
  }
}
