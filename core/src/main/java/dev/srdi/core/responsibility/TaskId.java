package dev.srdi.core.responsibility;

import java.util.Objects;

/**
 * A task's id, e.g. {@code zhanjiang.task.tiered-cultivation}.
 *
 * @param value the id, not blank
 */
public record TaskId(String value) implements Comparable<TaskId> {
  /**
   * Rejects a blank id.
   *
   * @param value the id
   * @throws IllegalArgumentException when it is blank
   */
  public TaskId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a task id must not be blank");
    }
  }

  /**
   * The id.
   *
   * @param value the id
   * @return the id
   */
  public static TaskId of(String value) {
    return new TaskId(value);
  }

  @Override
  public int compareTo(TaskId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
