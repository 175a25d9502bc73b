package dev.srdi.benchmarks;

import dev.srdi.api.Srdi;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.Json;
import dev.srdi.api.lines.JsonLineFormat;
import dev.srdi.api.lines.LineBytes;
import dev.srdi.core.engine.EnterpriseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing one JSON Lines record of {@code srdi evaluate -j guilin -f json} (issue 16): a Guilin result with its
 * explanations, about 10 KB, to the UTF-8 bytes the command writes. {@code writeTree} is the way before (a Jackson
 * tree, {@code Json.compact} to a String, then encoded, as the command's output encoded it), {@code writeStream}
 * the way now ({@link JsonLineFormat}: compact JSON written straight to UTF-8 bytes, no generator). The results are evaluated once, before,
 * so that their strings are the same instances record after record; {@code evaluateAndWrite} evaluates each
 * enterprise anew, as the command does, so that the texts a result makes for itself (reasons, notes) are new
 * strings, and {@code evaluateOnly} is the same without the writing: the difference is the writing, with the
 * texts a result makes only when asked for them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriterBenchmarks {
  /** Results enough to vary, few enough to keep in memory (a result and its strings are a few dozen KB). */
  private static final int RESULTS = 2_000;

  @State(Scope.Benchmark)
  public static class Results {
    @Param("30000")
    public int enterprises;

    List<EnterpriseResult> guilin;
    Subjects subjects;
    JsonLineFormat format;

    @Setup(Level.Trial)
    public void setUp() {
      subjects = new Subjects(BenchmarkPortfolio.generate(Srdi.load(), Math.min(enterprises, RESULTS)));
      guilin = new ArrayList<>();
      for (int i = 0; i < subjects.size(); i++) {
        guilin.add(subjects.guilin(i));
      }
      format = new JsonLineFormat();
    }
  }

  /** Each thread walks the results on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    EnterpriseResult next(Results r) {
      int i = next;
      next = i + 1 == r.guilin.size() ? 0 : i + 1;
      return r.guilin.get(i);
    }

    EnterpriseResult evaluateNext(Results r) {
      int i = next;
      next = i + 1 == r.subjects.size() ? 0 : i + 1;
      return r.subjects.guilin(i);
    }
  }

  @Benchmark public byte[] writeTree(Results r, Cursor c) {
    return (Json.compact(EvaluationJson.enterprise(c.next(r))) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark public LineBytes writeStream(Results r, Cursor c) {
    return r.format.evaluated(1, c.next(r));
  }

  @Benchmark public LineBytes evaluateAndWrite(Results r, Cursor c) {
    return r.format.evaluated(1, c.evaluateNext(r));
  }

  @Benchmark public EnterpriseResult evaluateOnly(Results r, Cursor c) {
    return c.evaluateNext(r);
  }
}
