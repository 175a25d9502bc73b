package dev.srdi.cli.terminal;

import java.util.OptionalInt;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * Whether the command's output and error streams are terminals, and how wide, without native code: jline's
 * exec provider asks {@code test -t} and {@code stty} about the process's own file descriptors (on Windows
 * only Cygwin and MSYS terminals are recognised; elsewhere the answer is "not a terminal", so nothing is drawn).
 * {@link System#console()} alone cannot answer for stderr: on Java 17 it is null as soon as stdout is
 * redirected, which is when a progress bar on stderr is most wanted ({@code srdi sweep ... > out.csv}).
 */
public final class Terminals {
  private static final ExecTerminalProvider EXEC = new ExecTerminalProvider();

  private Terminals() {}

  /**
   * Whether the error stream is a terminal.
   *
   * @return true when stderr is a terminal
   */
  public static boolean stderrIsTerminal() {
    return isTerminal(SystemStream.Error);
  }

  /**
   * The width of the terminal the output goes to. Asked only when the JVM has a console (Java 17: stdin and
   * stdout are both terminals), so that a redirected run, and every test, starts no process to find out.
   *
   * @return the width, or empty when stdout is not a terminal or its width is unknown
   */
  public static OptionalInt stdoutWidth() {
    if (System.console() == null || !isTerminal(SystemStream.Output)) {
      return OptionalInt.empty();
    }
    try {
      int width = EXEC.systemStreamWidth(SystemStream.Output);
      return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The width of the terminal stderr is, when it is one (ask {@link #stderrIsTerminal()} first).
   *
   * @return the width, or empty when unknown
   */
  public static OptionalInt stderrWidth() {
    try {
      int width = EXEC.systemStreamWidth(SystemStream.Error);
      return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  private static boolean isTerminal(SystemStream stream) {
    try {
      return EXEC.isSystemStream(stream);
    } catch (RuntimeException e) {
      // No test command (or no process may be started): treated as no terminal, so nothing is drawn.
      return false;
    }
  }
}
