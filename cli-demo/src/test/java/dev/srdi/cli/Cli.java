package dev.srdi.cli;

import dev.srdi.cli.main.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;

/** Runs the srdi command through picocli, as `java -jar srdi.jar` would, with stdout and stderr captured. */
final class Cli {
  private Cli() {}

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A scenario file of the test resources. */
  static String scenario(String name) {
    try {
      return Path.of(Objects.requireNonNull(Cli.class.getResource("/scenarios/" + name), name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path write(Path dir, String name, String content) {
    try {
      return java.nio.file.Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every table in the text: runs of lines that start with '+' or '|'; two border lines in a row
   * end one table and start the next.
   */
  static List<List<String>> tables(String text) {
    var tables = new ArrayList<List<String>>();
    List<String> current = null;
    for (String line : text.split("\n", -1)) {
      boolean tableLine = line.startsWith("+") || line.startsWith("|");
      boolean border = line.startsWith("+");
      if (tableLine) {
        if (current != null && border && current.get(current.size() - 1).startsWith("+") && current.size() > 1) {
          current = null;
        }
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }
}
