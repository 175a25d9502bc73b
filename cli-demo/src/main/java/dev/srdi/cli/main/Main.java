package dev.srdi.cli.main;

import com.google.inject.Guice;
import dev.srdi.cli.ExitCode;
import dev.srdi.cli.OutputFailed;
import dev.srdi.cli.ScreenOptions;
import dev.srdi.cli.UsageException;
import dev.srdi.cli.Utf8PrintWriter;
import com.google.inject.Injector;
import dev.srdi.cli.text.VisibleText;
import dev.srdi.core.spi.PluginLoadException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * The {@code srdi} command. Exit codes are the contract's: 0 success, 2 invalid input or arguments
 * (with nothing on stdout), 1 anything else.
 */
public final class Main {
  public static final int OK = ExitCode.OK;
  public static final int FAILED = ExitCode.FAILED;
  public static final int INVALID = ExitCode.INVALID;

  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so that Chinese names and JSON bytes are the same everywhere.
    // Straight to the file descriptor: System.out is a PrintStream, which would swallow a failed write.
    var out = new Utf8PrintWriter(new FileOutputStream(FileDescriptor.out));
    var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    // A PrintWriter keeps its write errors to itself: asked here, a full disk or a closed pipe is exit 1, never 0.
    if (out.checkError() && code != FAILED) {
      err.println("srdi: cannot write the output (the disk is full, or whoever reads it closed the pipe)");
      code = FAILED;
    }
    err.flush();
    System.exit(code);
  }

  /** The command line, wired with Guice; set its out and err before executing. */
  public static CommandLine commandLine() {
    return commandLine(Guice.createInjector(new CliModule()));
  }

  static CommandLine commandLine(Injector injector) {
    var cli = new CommandLine(SrdiCommand.class, new GuiceFactory(injector));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // The descriptions are written as lines of up to 110 characters; wider help keeps them whole, also beside
    // the longest command name (generate-completion) in the list of commands.
    cli.setUsageHelpWidth(128);
    // Tables fit the screen the command runs for (--width, COLUMNS, the terminal's width).
    cli.setExecutionStrategy(ScreenOptions::execute);
    // Dates and months in the user's words, not java.time's (picocli prefixes "Invalid value for option '--as-of': ").
    cli.registerConverter(LocalDate.class, Main::date);
    cli.registerConverter(YearMonth.class, Main::month);
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      failed.getErr().println("srdi: " + VisibleText.cell(ex.getMessage()));
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
      failed.getErr().flush();
      return INVALID;
    });
    cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
      var err = failed.getErr();
      if (ex instanceof UsageException usage) {
        // Indented lines continue the message above them (one per input error).
        // Each message is one line whatever the input held: control characters are shown, not obeyed.
        usage.messages().stream().map(VisibleText::of)
            .forEach(m -> err.println(m.startsWith(" ") ? m : "srdi: " + m));
        err.flush();
        return INVALID;
      }
      Throwable root = rootCause(ex);
      if (root instanceof OutputFailed) {
        err.println("srdi: " + root.getMessage());
      } else if (root instanceof PluginLoadException) {
        err.println("srdi: cannot load the jurisdictions: " + VisibleText.of(root.getMessage()));
      } else {
        err.println("srdi: failed: " + root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + VisibleText.of(root.getMessage())));
        if (System.getenv("SRDI_DEBUG") != null) {
          ex.printStackTrace(err);
        }
      }
      err.flush();
      return FAILED;
    });
    return cli;
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date in the calendar as YYYY-MM-DD");
    }
  }

  static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a month as YYYY-MM");
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof PluginLoadException) {
        return t;
      }
      t = t.getCause();
    }
    return t;
  }
}
