package dev.srdi.cli;

import java.util.List;

/**
 * The input or the arguments are invalid: the command ends with exit code 2 and these messages on
 * stderr. Commands throw it before writing anything, so that nothing reaches stdout.
 */
public final class UsageException extends RuntimeException {
  private final List<String> messages;

  public UsageException(List<String> messages) {
    super(String.join("; ", messages));
    this.messages = List.copyOf(messages);
  }

  public UsageException(String message) {
    this(List.of(message));
  }

  public List<String> messages() {
    return messages;
  }
}
