package dev.srdi.benchmarks;

import dev.srdi.api.Srdi;
import dev.srdi.api.json.Json;
import dev.srdi.cli.generate.PortfolioGenerator;
import dev.srdi.core.facts.Enterprise;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio every benchmark reads: {@code srdi generate --seed 42} of the given size, as the
 * JSON Lines bytes the command prints and as the enterprises the reader makes of them. Every line
 * must parse: a benchmark over a partly invalid portfolio would time error paths.
 */
public final class BenchmarkPortfolio {
  public static final long SEED = 42;
  public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private final Srdi srdi;
  private final List<String> lines;
  private final List<byte[]> lineBytes;
  private final List<Enterprise> enterprises;

  private BenchmarkPortfolio(Srdi srdi, List<String> lines) {
    this.srdi = srdi;
    this.lines = List.copyOf(lines);
    this.lineBytes = lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
    var parsed = new ArrayList<Enterprise>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      var record = srdi.readEnterprise(lines.get(i), i + 1);
      if (record.isLeft()) {
        throw new IllegalStateException("generated line " + (i + 1) + " is invalid: " + record.getLeft().message());
      }
      parsed.add(record.get());
    }
    this.enterprises = List.copyOf(parsed);
  }

  /** The same lines as {@code srdi generate --enterprises size --seed 42}. */
  public static BenchmarkPortfolio generate(Srdi srdi, int size) {
    var generator = new PortfolioGenerator(SEED, srdi.jurisdictions());
    var lines = new ArrayList<String>(size);
    for (int i = 0; i < size; i++) {
      lines.add(Json.compact(generator.next()));
    }
    return new BenchmarkPortfolio(srdi, lines);
  }

  public Srdi srdi() {
    return srdi;
  }

  public List<String> lines() {
    return lines;
  }

  public List<byte[]> lineBytes() {
    return lineBytes;
  }

  public List<Enterprise> enterprises() {
    return enterprises;
  }

  public long bytes() {
    return lineBytes.stream().mapToLong(b -> b.length + 1L).sum();
  }

  public int size() {
    return enterprises.size();
  }
}
