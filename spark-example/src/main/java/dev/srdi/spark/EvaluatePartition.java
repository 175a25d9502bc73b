package dev.srdi.spark;

import dev.srdi.api.Srdi;
import dev.srdi.api.json.EvaluationJson;
import dev.srdi.api.json.InputError;
import dev.srdi.api.json.Json;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.spi.Jurisdiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * The map step: each partition's records are read and evaluated one at a time, lazily, so that a
 * partition never sits in memory whole. Only the jurisdiction's id and the date travel to the
 * executors; the engine is loaded once per executor JVM ({@link LoadedSrdi}). A record's line
 * number in an error is its number inside the partition.
 */
public final class EvaluatePartition implements MapPartitionsFunction<String, EvaluatedRecord> {
  private static final long serialVersionUID = 1L;

  private final String jurisdiction;
  private final String asOf;

  public EvaluatePartition(String jurisdiction, LocalDate asOf) {
    this.jurisdiction = jurisdiction;
    this.asOf = asOf.toString();
  }

  @Override public Iterator<EvaluatedRecord> call(Iterator<String> lines) {
    Srdi srdi = LoadedSrdi.SRDI;
    Jurisdiction city = srdi.jurisdiction(jurisdiction).getOrElseThrow(problem -> new IllegalArgumentException(problem.message()));
    LocalDate day = LocalDate.parse(asOf);
    return new Iterator<>() {
      private int number;

      @Override public boolean hasNext() {
        return lines.hasNext();
      }

      @Override public EvaluatedRecord next() {
        number++;
        var record = srdi.readEnterprise(lines.next(), number);
        if (record.isLeft()) {
          return new EvaluatedRecord("", false, BigDecimal.ZERO, record.getLeft().message());
        }
        EnterpriseResult result = srdi.evaluate(city.id().value(), record.get(), day).get();
        return new EvaluatedRecord(result.enterprise().value(), true, result.total().toYuan(),
            Json.compact(EvaluationJson.enterprise(result)));
      }
    };
  }

  /** One engine per JVM, loaded on first use: plugins are found on the executor's class path. */
  private static final class LoadedSrdi {
    static final Srdi SRDI = Srdi.load();
  }
}
