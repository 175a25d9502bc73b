package dev.srdi.cli;

import dev.srdi.cli.terminal.Terminals;
import dev.srdi.cli.text.Screen;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The screen a command's tables are drawn for: its {@code --width} and {@code --ambiguous-wide} (see
 * {@link FormatOption}), the environment, and the terminal's width when stdout is one.
 */
public final class ScreenOptions {
  private ScreenOptions() {}

  /**
   * Runs the command the parse result names with the tables fitted to its screen.
   *
   * @param parsed the parsed command line
   * @return the exit code
   */
  public static int execute(ParseResult parsed) {
    return Screen.during(of(parsed, System.getenv()), () -> new CommandLine.RunLast().execute(parsed));
  }

  static Screen of(ParseResult parsed, Map<String, String> environment) {
    ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    Integer width = command.matchedOptionValue("--width", null);
    if (width != null && width < 1) {
      throw new CommandLine.ParameterException(command.commandSpec().commandLine(), "--width " + width
          + ": give a positive number of columns");
    }
    return Screen.of(width == null ? OptionalInt.empty() : OptionalInt.of(width),
        command.hasMatchedOption("--ambiguous-wide"), environment, Terminals::stdoutWidth);
  }
}
