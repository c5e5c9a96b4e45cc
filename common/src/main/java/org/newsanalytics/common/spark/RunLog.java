package org.newsanalytics.common.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.table.Tables;

/** Appends one row per finished job run, successful or not, to the {@code runs} table. */
public final class RunLog {
  /** One run, as recorded. */
  public record Entry(String runId, String job, Instant startedAt, Instant finishedAt, String status, long rowsIn,
      long rowsOut, long rowsRejected, Map<String, Long> counts, String optionsJson, String version, String message) {}

  private final SparkSession spark;
  private final Warehouse warehouse;

  public RunLog(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** When the latest successful run of {@code job} started: the watermark for the next incremental run. */
  public java.util.Optional<java.time.Instant> lastSuccessStart(String job) {
    Row latest = warehouse.read(Tables.RUNS)
        .where(org.apache.spark.sql.functions.col("job").equalTo(job)
            .and(org.apache.spark.sql.functions.col("status").equalTo("succeeded")))
        .agg(org.apache.spark.sql.functions.max("started_at")).first();
    return latest.isNullAt(0) ? java.util.Optional.empty() : java.util.Optional.of(latest.getTimestamp(0).toInstant());
  }

  public void record(Entry e) {
    Row row = RowFactory.create(e.runId(), e.job(), Timestamp.from(e.startedAt()),
        e.finishedAt() == null ? null : Timestamp.from(e.finishedAt()), e.status(), e.rowsIn(), e.rowsOut(),
        e.rowsRejected(), scala.collection.JavaConverters.mapAsScalaMap(e.counts()), e.optionsJson(), e.version(), e.message());
    warehouse.append(Tables.RUNS, spark.createDataFrame(List.of(row), Tables.RUNS.schema()));
  }
}
