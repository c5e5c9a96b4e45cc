package org.newsanalytics.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.RunLog;
import org.newsanalytics.common.spark.SparkSessions;
import org.newsanalytics.common.spark.Warehouse;

/**
 * Runs one job inside a Spark session and records it in {@code runs}, whether it succeeds or
 * fails; the failure itself still propagates to the command line's one-line error.
 */
final class JobRunner {
  /** What a job body reports back. */
  record Outcome(long rowsIn, long rowsOut, long rowsRejected, Map<String, Long> counts) {}

  /** A job body, given its run id, session and warehouse. */
  interface Body {
    Outcome run(String runId, SparkSession spark, Warehouse warehouse) throws Exception;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private JobRunner() {}

  static Outcome run(String job, SparkOptions options, Map<String, Object> described, Body body) throws Exception {
    SparkSession spark = SparkSessions.create("news-analytics " + job, options.master(), options.conf());
    try {
      Warehouse warehouse = new Warehouse(spark, options.warehouse());
      RunLog log = new RunLog(spark, warehouse);
      String runId = UUID.randomUUID().toString();
      Instant started = Instant.now();
      String optionsJson = json(described);
      try {
        Outcome outcome = body.run(runId, spark, warehouse);
        log.record(new RunLog.Entry(runId, job, started, Instant.now(), "succeeded", outcome.rowsIn(), outcome.rowsOut(),
            outcome.rowsRejected(), outcome.counts(), optionsJson, Version.current(), null));
        return outcome;
      } catch (Exception | Error e) {
        try {
          log.record(new RunLog.Entry(runId, job, started, Instant.now(), "failed", 0, 0, 0, Map.of(), optionsJson,
              Version.current(), Errors.oneLine(e)));
        } catch (RuntimeException logFailure) {
          e.addSuppressed(logFailure);
        }
        throw e;
      }
    } finally {
      spark.stop();
    }
  }

  private static String json(Map<String, Object> described) {
    try {
      return JSON.writeValueAsString(described);
    } catch (JsonProcessingException e) {
      return String.valueOf(described);
    }
  }
}
