package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.table.Tables;

/**
 * Appends one row per finished job run, successful or not, to the {@code runs} table.
 *
 * <p>Beside the table, a small file ({@value #STATE_FILE}) keeps each job's latest successful
 * start and the {@code runs} version it describes: every row this class appends updates it, so
 * while no other writer has touched {@code runs} the nightly watermark is read from it instead of
 * from a query over the table (whose snapshot and scan were ~1/3 of a nightly run with nothing
 * new). Any other write to {@code runs} changes its version, and the watermark is queried again.
 */
public final class RunLog {
  /** One run, as recorded. */
  public record Entry(String runId, String job, Instant startedAt, Instant finishedAt, String status, long rowsIn,
      long rowsOut, long rowsRejected, Map<String, Long> counts, String optionsJson, String version, String message) {}

  static final String STATE_FILE = "_runs_state";
  private static final String VERSION = "runs_version";
  private static final String SUCCESS = "succeeded.";

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final Path stateFile;

  public RunLog(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.stateFile = new Path(warehouse.root(), STATE_FILE);
  }

  /** When the latest successful run of {@code job} started: the watermark for the next incremental run. */
  public Optional<Instant> lastSuccessStart(String job) {
    Optional<Properties> state = currentState();
    if (state.isPresent()) {
      return successOf(state.get(), job);
    }
    long version = warehouse.version(Tables.RUNS); // before the query: a write racing it invalidates the file
    Properties rebuilt = new Properties();
    for (Row r : warehouse.read(Tables.RUNS).where(col("status").equalTo("succeeded"))
        .groupBy("job").agg(max("started_at")).collectAsList()) {
      if (!r.isNullAt(0) && !r.isNullAt(1)) {
        rebuilt.setProperty(SUCCESS + r.getString(0), r.getTimestamp(1).toInstant().toString());
      }
    }
    save(rebuilt, version);
    return successOf(rebuilt, job);
  }

  public void record(Entry e) {
    Optional<Properties> state = currentState();
    Row row = RowFactory.create(e.runId(), e.job(), Timestamp.from(e.startedAt()),
        e.finishedAt() == null ? null : Timestamp.from(e.finishedAt()), e.status(), e.rowsIn(), e.rowsOut(),
        e.rowsRejected(), scala.collection.JavaConverters.mapAsScalaMap(e.counts()), e.optionsJson(), e.version(), e.message());
    warehouse.append(Tables.RUNS, spark.createDataFrame(List.of(row), Tables.RUNS.schema()));
    if (state.isEmpty()) {
      return; // the file did not describe the table before this row: the next watermark is queried
    }
    Properties next = state.get();
    if ("succeeded".equals(e.status())) {
      // as the table holds it (microseconds), so both ways of reading the watermark agree
      Instant started = e.startedAt().truncatedTo(ChronoUnit.MICROS);
      Optional<Instant> before = successOf(next, e.job());
      if (before.isEmpty() || started.isAfter(before.get())) {
        next.setProperty(SUCCESS + e.job(), started.toString());
      }
    }
    save(next, warehouse.version(Tables.RUNS));
  }

  private static Optional<Instant> successOf(Properties state, String job) {
    String v = state.getProperty(SUCCESS + job);
    return v == null ? Optional.empty() : Optional.of(Instant.parse(v));
  }

  /** The file's content when it describes the {@code runs} table as it is now; else empty. */
  private Optional<Properties> currentState() {
    Properties p = new Properties();
    try {
      FileSystem fs = stateFile.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(stateFile)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(stateFile)) {
        p.load(in);
      }
      long version = warehouse.version(Tables.RUNS);
      if (version < 0 || !Long.toString(version).equals(p.getProperty(VERSION))) {
        return Optional.empty();
      }
      for (String key : p.stringPropertyNames()) {
        if (key.startsWith(SUCCESS)) {
          Instant.parse(p.getProperty(key));
        }
      }
      p.remove(VERSION);
      return Optional.of(p);
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty(); // unreadable: query the table, which rewrites it
    }
  }

  private void save(Properties state, long version) {
    if (version < 0) {
      return;
    }
    Properties p = new Properties();
    p.putAll(state);
    p.setProperty(VERSION, Long.toString(version));
    try {
      FileSystem fs = stateFile.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(stateFile, true)) {
        p.store(out, "runs: each job's latest successful start as of this runs version (see RunLog)");
      }
    } catch (IOException e) {
      // only a shortcut: without it the next watermark is queried from the table
      try {
        stateFile.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(stateFile, false);
      } catch (IOException ignored) {
        // nothing more to do: a stale file is caught by its version
      }
    }
  }
}
