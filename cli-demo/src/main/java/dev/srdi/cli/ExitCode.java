package dev.srdi.cli;

/**
 * The contract's exit codes: 0 success, 2 invalid input or arguments (with nothing on stdout), 1
 * anything else. Every command returns one of them.
 */
public final class ExitCode {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int INVALID = 2;

  private ExitCode() {}
}
