package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of hostile inputs under {@code /hostile}: each {@code NAME.json} or {@code NAME.jsonl}
 * beside a {@code NAME.expect} that gives the command's arguments, the exit code, a line the
 * error output must hold and, for a case about what is printed, a line the output must hold. Each must answer within a few seconds: a hang is the failure this guards.
 */
final class HostileInputsTest {
  /** Far above what any of these inputs takes; only a hang or a runaway computation reaches it. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  /** Words of the JSON library's own settings, which mean nothing to whoever wrote the input. */
  private static final List<String> JACKSON_WORDS = List.of("Feature", "StreamReadConstraints", "Jackson", "`");

  private record Case(String name, Path input, List<String> args, int exit, String stderr, Optional<String> stdout) {}

  @TestFactory
  Stream<DynamicTest> every_hostile_input_gets_its_exit_code_and_message_quickly() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      var args = new ArrayList<>(c.args());
      args.add("-s");
      args.add(c.input().toString());
      Cli.Run r = assertTimeoutPreemptively(BOUND, () -> Cli.run(args.toArray(String[]::new)), c.name());
      assertEquals(c.exit(), r.exit(), c.name() + ": " + r.err());
      assertTrue(r.err().contains(c.stderr()), c.name() + " should say\n  " + c.stderr() + "\nbut said\n" + r.err());
      for (String internal : JACKSON_WORDS) {
        assertFalse(r.err().contains(internal) || r.out().contains(internal), c.name() + " speaks of the JSON library: " + internal);
      }
      c.stdout().ifPresent(out -> assertTrue(r.out().contains(out), c.name() + " should print\n  " + out + "\nbut printed\n"
          + r.out()));
      if (c.exit() == ExitCode.INVALID) {
        assertEquals("", r.out(), c.name() + ": nothing on stdout on exit 2");
      }
    }));
  }

  @Test
  void the_corpus_is_complete_every_input_has_its_expectation_and_the_reverse() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      for (String name : names) {
        String stem = name.replaceFirst("\\.(json|jsonl|expect)$", "");
        assertTrue(names.contains(stem + ".expect"), name + " has no .expect");
        assertTrue(names.contains(stem + ".json") || names.contains(stem + ".jsonl"), name + " has no input");
      }
    }
  }

  private static List<Case> cases() {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.filter(p -> p.toString().endsWith(".expect")).sorted().map(HostileInputsTest::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Case read(Path expect) {
    try {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          fields.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      String stem = expect.getFileName().toString().replaceFirst("\\.expect$", "");
      Path input = Files.exists(expect.resolveSibling(stem + ".jsonl"))
          ? expect.resolveSibling(stem + ".jsonl") : expect.resolveSibling(stem + ".json");
      return new Case(stem, input, List.of(fields.get("args").split(" ")), Integer.parseInt(fields.get("exit")),
          Objects.requireNonNull(fields.get("stderr"), stem + ": no stderr line"), Optional.ofNullable(fields.get("stdout")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path corpus() {
    try {
      return Path.of(Objects.requireNonNull(HostileInputsTest.class.getResource("/hostile"), "/hostile").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
