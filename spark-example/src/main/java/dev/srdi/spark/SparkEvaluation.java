package dev.srdi.spark;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * The engine as a Spark step: JSON Lines records of the scenario format in, one {@link EvaluatedRecord}
 * per record out, every enterprise under the one jurisdiction (as {@code srdi evaluate --all-enterprises}).
 * Duplicate ids across partitions are not detected here: that needs a shuffle, so a pipeline that
 * cannot rule them out runs {@code dropDuplicates("id")} or a grouped count before trusting totals.
 */
public final class SparkEvaluation {
  private SparkEvaluation() {}

  public static Dataset<EvaluatedRecord> evaluate(Dataset<String> records, String jurisdiction, LocalDate asOf) {
    return records.mapPartitions(new EvaluatePartition(jurisdiction, asOf), Encoders.bean(EvaluatedRecord.class));
  }
}
