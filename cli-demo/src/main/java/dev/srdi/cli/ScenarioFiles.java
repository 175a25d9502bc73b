package dev.srdi.cli;

import dev.srdi.api.Scenario;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.InputLimits;
import dev.srdi.api.json.ScenarioReader;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.json.Utf8Text;
import dev.srdi.core.facts.Enterprise;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario file whole: a {@code .json} document, or a {@code .jsonl} portfolio (one
 * enterprise a line, the as-of date from {@code --as-of}). Any error ends the command with exit 2
 * and every error listed, by path and line.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /** The file name that stands for the standard input, as in most Unix commands. */
  public static final Path STDIN = Path.of("-");

  public static boolean isJsonLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  /** The scenario, its as-of date settled: the option's if given, else the file's; one of them is needed. */
  public static Scenario load(Srdi srdi, Path file, boolean jsonLines, Optional<LocalDate> asOfOption) {
    Scenario scenario = read(srdi, file, jsonLines);
    LocalDate asOf = asOfOption.or(scenario::asOf).orElseThrow(() -> new UsageException(
        file + ": no as-of date: give --as-of YYYY-MM-DD" + (jsonLines ? "" : " or the scenario's \"asOf\"")));
    return scenario.asOf(asOf);
  }

  /** Parses and validates the file (a .jsonl one as JSON Lines); every error is reported. */
  public static Scenario read(Srdi srdi, Path file) {
    return read(srdi, file, isJsonLines(file));
  }

  /** Parses and validates the file, as JSON Lines or as one document; every error is reported. */
  public static Scenario read(Srdi srdi, Path file, boolean jsonLines) {
    Validation<Seq<InputError>, Scenario> read = jsonLines
        ? readLines(srdi, file)
        : Validation.fromEither(srdi.readScenario(text(file)).mapLeft(Problems::inputErrors));
    if (read.isInvalid()) {
      throw invalid(file, read.getError());
    }
    return read.get();
  }

  /** Every error, in the order of the file: by line, then by JSON path. */
  public static UsageException invalid(Path file, Seq<InputError> unordered) {
    Seq<InputError> errors = unordered.sorted();
    var messages = new ArrayList<String>();
    messages.add(file + ": invalid input (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "):");
    errors.forEach(e -> messages.add("  " + e.describe()));
    return new UsageException(messages);
  }

  /**
   * The file's text; one leading UTF-8 byte-order mark (as some Windows editors write) is dropped. At
   * most {@link InputLimits#MAX_DOCUMENT_LENGTH} bytes are read, so that an endless input ({@code -s
   * /dev/zero}) is refused instead of filling the memory.
   */
  public static String text(Path file) {
    refuseDirectory(file);
    try (InputStream in = file.equals(STDIN) ? System.in : Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, InputLimits.MAX_DOCUMENT_LENGTH + 1));
      if (bytes.length > InputLimits.MAX_DOCUMENT_LENGTH) {
        throw new UsageException(file + ": larger than " + InputLimits.MAX_DOCUMENT_LENGTH / (1024 * 1024)
            + " MiB; give a large portfolio as a .jsonl file, one enterprise a line");
      }
      return Utf8Text.decode(bytes).getOrElseThrow(error -> invalid(file, io.vavr.collection.List.of(error)));
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** The file's lines, each decoded as UTF-8 on its own (a .jsonl file's invalid lines are reported one by one). */
  public static Utf8Lines lines(Path file) {
    refuseDirectory(file);
    try {
      return new Utf8Lines(file.equals(STDIN) ? System.in : Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** A directory opens as a stream on some systems and fails only when read, after a table's header: refused first. */
  private static void refuseDirectory(Path file) {
    if (!file.equals(STDIN) && Files.isDirectory(file)) {
      throw new UsageException(file + ": is a directory, not a scenario file");
    }
  }

  private static Validation<Seq<InputError>, Scenario> readLines(Srdi srdi, Path file) {
    var enterprises = new ArrayList<Enterprise>();
    var firstLineOfId = new java.util.HashMap<String, Integer>();
    Seq<InputError> errors = io.vavr.collection.List.empty();
    // A bar on stderr when it is a terminal: a large portfolio takes a while to read (validate, whatif, sweep).
    try (Utf8Lines in = lines(file); var progress = dev.srdi.cli.terminal.Progress.onStderr("read", "records", -1)) {
      Utf8Lines.Line line;
      int number = 0;
      while ((line = in.next()) != null) {
        number++;
        progress.done(number, -1);
        if (line.error().isPresent()) {
          errors = errors.append(line.error().get());
          continue;
        }
        var record = Validation.fromEither(srdi.readEnterprise(line.text(), number).mapLeft(Problems::inputErrors));
        // The id of a record with other errors counts too: validate reports every error at once.
        Optional<String> id = record.isValid() ? Optional.of(record.get().id().value()) : ScenarioReader.idOf(line.text());
        if (record.isValid()) {
          enterprises.add(record.get());
        } else {
          errors = errors.appendAll(record.getError());
        }
        if (id.isPresent()) {
          Integer earlier = firstLineOfId.putIfAbsent(id.get(), number);
          if (earlier != null) {
            errors = errors.append(InputError.at("id", number,
                "duplicate enterprise id '" + id.get() + "' (also line " + earlier + ")"));
          }
        }
      }
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
    return errors.isEmpty()
        ? Validation.valid(new Scenario(Optional.empty(), enterprises, List.of()))
        : Validation.invalid(errors);
  }
}
