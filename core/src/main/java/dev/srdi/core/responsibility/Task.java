package dev.srdi.core.responsibility;

import dev.srdi.core.policy.Citation;
import java.util.Objects;

/**
 * A commitment of the document that computes nothing for an enterprise (build a pool, hold job fairs,
 * coordinate), kept so that the responsibility matrix shows the whole document.
 *
 * @param id the task's id
 * @param nameZh its name in the text's words
 * @param nameEn its name in English
 * @param description what it commits to
 * @param citation the clause
 * @param responsibility who owes it
 */
public record Task(TaskId id, String nameZh, String nameEn, String description, Citation citation, Responsibility responsibility) {
  /**
   * Rejects a missing value.
   *
   * @param id the id
   * @param nameZh its name
   * @param nameEn its name in English
   * @param description what it commits to
   * @param citation the clause
   * @param responsibility who owes it
   */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(responsibility, "responsibility");
  }

  /**
   * A task from plain values.
   *
   * @param id the id, e.g. {@code zhanjiang.task.tiered-cultivation}
   * @param nameZh its name
   * @param nameEn its name in English
   * @param description what it commits to
   * @param citation the clause
   * @param responsibility who owes it
   * @return the task
   */
  public static Task of(
      String id, String nameZh, String nameEn, String description, Citation citation, Responsibility responsibility) {
    return new Task(TaskId.of(id), nameZh, nameEn, description, citation, responsibility);
  }
}
