package org.newsanalytics.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.DamagedTable;
import org.newsanalytics.common.spark.RunLog;
import org.newsanalytics.common.spark.SparkSessions;
import org.newsanalytics.common.spark.Warehouse;

/**
 * Runs jobs inside one Spark session and records every stage in {@code runs}, whether it
 * succeeds or fails; a failure still propagates to the command line's one-line error.
 */
final class JobRunner {
  /** What a stage reports back. */
  record Outcome(long rowsIn, long rowsOut, long rowsRejected, Map<String, Long> counts) {
    static Outcome of(org.newsanalytics.common.ingest.IngestResult r) {
      return new Outcome(r.read(), r.added() + r.updated() + r.duplicates(), r.rejected(), r.counts());
    }

    static Outcome of(org.newsanalytics.common.extract.ExtractResult r) {
      return new Outcome(r.articles(), r.entities() + r.quotes() + r.events(), r.failed(), r.counts());
    }
  }

  /** A stage body, given its run id, session and warehouse. */
  interface Body {
    Outcome run(String runId, SparkSession spark, Warehouse warehouse) throws Exception;
  }

  /** Work done with an open session: one or more stages. */
  interface Session {
    void run(JobRunner runner) throws Exception;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Warehouse warehouse;

  private JobRunner(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** One job, one stage. */
  static Outcome run(String job, SparkOptions options, Map<String, Object> described, Body body) throws Exception {
    Outcome[] outcome = new Outcome[1];
    withSession(job, options, runner -> outcome[0] = runner.stage(job, described, body));
    return outcome[0];
  }

  static void withSession(String job, SparkOptions options, Session work) throws Exception {
    SparkSession spark = SparkSessions.create("news-analytics " + job, options.master(), options.conf());
    try {
      work.run(new JobRunner(spark, new Warehouse(spark, options.warehouse())));
    } finally {
      spark.stop();
    }
  }

  Outcome stage(String job, Map<String, Object> described, Body body) throws Exception {
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
      // a table damaged outside Delta is named, with the fix, instead of Spark's internals
      Throwable reported = DamagedTable.in(e, warehouse.root()).<Throwable>map(d -> d).orElse(e);
      try {
        log.record(new RunLog.Entry(runId, job, started, Instant.now(), "failed", 0, 0, 0, Map.of(), optionsJson,
            Version.current(), Errors.oneLine(reported)));
      } catch (RuntimeException logFailure) {
        reported.addSuppressed(logFailure);
      }
      if (reported instanceof DamagedTable damaged) {
        throw damaged;
      }
      throw e;
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
