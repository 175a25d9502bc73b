package dev.srdi.cli;

/**
 * The output could not be written (a full disk, a closed pipe): the run stops at once rather than
 * compute what no one can read, and says how much was written.
 */
public final class OutputFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputFailed(long linesWritten) {
    super("cannot write the output (the disk is full, or whoever reads it closed the pipe); "
        + linesWritten + " line(s) had been written");
  }
}
