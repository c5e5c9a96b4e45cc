package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.spark.RunLog;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.Tables;

/** The nightly watermark read from the runs state file is the one a query over the runs table gives. */
class RunLogSparkTest {
  @TempDir
  Path tmp;

  private final SparkSession spark = TestSpark.session();

  private static RunLog.Entry entry(String job, Instant started, String status) {
    return new RunLog.Entry(java.util.UUID.randomUUID().toString(), job, started, started.plusSeconds(5), status, 0, 0, 0,
        Map.of(), "{}", "test", null);
  }

  @Test
  void theWatermarkFollowsTheRowsThisLogWritesAndIsQueriedAgainAfterAnyOtherWrite() {
    Path root = tmp.resolve("warehouse");
    Warehouse w = new Warehouse(spark, root.toString());
    RunLog log = new RunLog(spark, w);
    assertEquals(Optional.empty(), log.lastSuccessStart("run:ingest"), "no run yet");
    Instant first = Instant.parse("2026-01-01T00:00:00.123456Z");
    log.record(entry("run:ingest", first, "succeeded"));
    // the first row lands before any file describes the table: queried, then kept in the file
    assertEquals(Optional.of(first), log.lastSuccessStart("run:ingest"));
    assertTrue(Files.exists(root.resolve("_runs_state")));

    Instant failed = Instant.parse("2026-01-02T00:00:00Z");
    log.record(entry("run:ingest", failed, "failed"));
    assertEquals(Optional.of(first), log.lastSuccessStart("run:ingest"), "a failed run moves no watermark");
    Instant second = Instant.parse("2026-01-03T00:00:00.000001999Z");
    log.record(entry("run:ingest", second, "succeeded"));
    log.record(entry("run:extract", Instant.parse("2026-01-04T00:00:00Z"), "succeeded"));
    Instant stored = Instant.parse("2026-01-03T00:00:00.000001Z"); // the table keeps microseconds
    assertEquals(Optional.of(stored), log.lastSuccessStart("run:ingest"));
    assertEquals(Optional.of(stored), new RunLog(spark, w).lastSuccessStart("run:ingest"), "a new session reads the same");

    // a row written by someone else: the file no longer describes the table, so the table is asked
    Instant later = Instant.parse("2026-02-01T00:00:00Z");
    w.append(Tables.RUNS, spark.createDataFrame(List.of(RowFactory.create("other", "run:ingest",
        java.sql.Timestamp.from(later), null, "succeeded", 0L, 0L, 0L, null, "{}", "other", null)), Tables.RUNS.schema()));
    assertEquals(Optional.of(later), log.lastSuccessStart("run:ingest"));
    assertEquals(Optional.of(Instant.parse("2026-01-04T00:00:00Z")), log.lastSuccessStart("run:extract"));
  }
}
