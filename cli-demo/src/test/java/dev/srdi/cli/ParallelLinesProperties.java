package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.srdi.api.Scope;
import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.lines.JsonLineFormat;
import dev.srdi.api.lines.LineFormat;
import dev.srdi.api.lines.PortfolioCheck;
import dev.srdi.api.lines.PortfolioLines;
import dev.srdi.cli.generate.PortfolioGenerator;
import dev.srdi.testkit.PropertyRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A random portfolio with some bad lines (not JSON, not an enterprise, not UTF-8, a repeated id),
 * evaluated and validated on 1 to 4 threads: the same bytes, the same totals, the same errors, as on
 * one thread, in every output format.
 */
final class ParallelLinesProperties {
  private static final Srdi SRDI = Srdi.load();
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final byte[] NOT_UTF8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

  /** A portfolio of {@code size} lines from the generator's {@code seed}, with about one line in {@code badEvery} spoilt. */
  private record Portfolio(long seed, int size, int badEvery) {
    byte[] bytes() {
      var generator = new PortfolioGenerator(seed, SRDI.jurisdictions());
      var random = new SplittableRandom(seed);
      var out = new ByteArrayOutputStream();
      var ids = new ArrayList<String>();
      for (int i = 0; i < size; i++) {
        String line = Json.compact(generator.next());
        ids.add(idOf(line));
        byte[] bytes = random.nextInt(badEvery) != 0 ? line.getBytes(StandardCharsets.UTF_8) : switch (random.nextInt(5)) {
          case 0 -> line.substring(0, line.length() / 2).getBytes(StandardCharsets.UTF_8);
          case 1 -> line.replace("\"financials\"", "\"financialz\"").getBytes(StandardCharsets.UTF_8);
          case 2 -> NOT_UTF8;
          case 3 -> line.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + ids.get(random.nextInt(ids.size())) + "\"")
              .getBytes(StandardCharsets.UTF_8);
          default -> new byte[0];
        };
        out.writeBytes(bytes);
        out.write('\n');
      }
      return out.toByteArray();
    }

    private static String idOf(String line) {
      return dev.srdi.api.json.ScenarioReader.idOf(line).orElse("");
    }
  }

  private static String evaluate(byte[] portfolio, int threads, Supplier<LineFormat> format) {
    var out = new StringBuilder();
    var run = new PortfolioLines(SRDI, SRDI.jurisdictions().stream().filter(j -> j.id().value().equals("guilin"))
        .findFirst().orElseThrow(), AS_OF, Optional.empty(), Scope.OWN_ENTERPRISES, format.get(),
        JsonLinesEvaluation::leftOut, threads);
    try (var in = new Utf8Lines(new ByteArrayInputStream(portfolio))) {
      var totals = run.run(in::next, (text, written) -> {
        out.append(text);
        written.run();
        return true;
      }, done -> { });
      return out + totals.toJson();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PortfolioCheck.Result check(byte[] portfolio, int threads) {
    try (var in = new Utf8Lines(new ByteArrayInputStream(portfolio))) {
      return new PortfolioCheck(SRDI, threads).run(in::next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void any_number_of_threads_writes_the_bytes_one_thread_writes() {
    List<Supplier<LineFormat>> formats = List.of(JsonLineFormat::new, CsvLineFormat::new, TableLineFormat::new);
    var portfolios = longs().all().zip(integers().between(1, 700), integers().between(2, 12), Portfolio::new);
    PropertyRun.qt().withExamples(12).forAll(portfolios, integers().between(2, 4), integers().between(0, 2))
        .checkAssert((portfolio, threads, format) -> {
          byte[] bytes = portfolio.bytes();
          assertEquals(evaluate(bytes, 1, formats.get(format)), evaluate(bytes, threads, formats.get(format)),
              portfolio + ", threads " + threads);
          assertEquals(check(bytes, 1), check(bytes, threads), portfolio + ", threads " + threads);
        });
  }
}
