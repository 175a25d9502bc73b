package dev.srdi.api.json;

/**
 * The streaming reader's way out at the first token it cannot vouch for: the record is then read again by the
 * tree reader, which reports every error with its path and line (or reads a valid form the streaming reader does
 * not take, such as money written as a float). One shared instance without a stack trace: giving up is a branch
 * of the reading, not a failure, and must cost no more than one.
 */
final class GiveUp extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final GiveUp INSTANCE = new GiveUp();

  private GiveUp() {
    super(null, null, false, false);
  }
}
