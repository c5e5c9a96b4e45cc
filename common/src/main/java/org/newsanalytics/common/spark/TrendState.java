package org.newsanalytics.common.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.time.PlausibleDates;
import org.newsanalytics.common.trends.EventCluster;
import org.newsanalytics.common.trends.EventClusterer;
import org.newsanalytics.common.trends.MentionRecord;

/**
 * What the last completed trends run computed from: the Delta versions of the tables it read
 * and wrote, and a digest of the code that computes trends, kept in one small file under the
 * warehouse root ({@value #FILE}; the underscore keeps it out of table listings). When all
 * match, the trend tables are already what a recomputation would write, so a nightly run with
 * nothing new skips the ~20–40 s of reading every mention and comparing six tables. Any write
 * to an input or output table, by any job, or a new build of the trend code, invalidates it;
 * a missing or unreadable file just means "recompute".
 */
final class TrendState {
  static final String FILE = "_trends_state";
  private static final String CODE = "code";
  private static final String EVENTS = "events";
  private static final String UNKNOWN = "unknown";

  /** The classes whose behaviour decides the trend tables' content. */
  private static final List<Class<?>> TREND_CODE = List.of(TrendComputation.class, EventClusterer.class,
      EventCluster.class, MentionRecord.class, Tables.class, PlausibleDates.class);

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final Path file;

  TrendState(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.file = new Path(warehouse.root(), FILE);
  }

  Map<String, Long> versions(List<TableContract> tables) {
    Map<String, Long> v = new LinkedHashMap<>();
    tables.forEach(t -> v.put(t.name(), warehouse.version(t)));
    return v;
  }

  /** The event count of the last run when its inputs, outputs and code are unchanged; else empty. */
  OptionalLong upToDate(Map<String, Long> inputVersions) {
    Properties last = new Properties();
    try {
      FileSystem fs = fs();
      if (!fs.exists(file)) {
        return OptionalLong.empty();
      }
      try (InputStream in = fs.open(file)) {
        last.load(in);
      }
    } catch (IOException | IllegalArgumentException e) {
      return OptionalLong.empty(); // unreadable: recompute, which rewrites it
    }
    // code that cannot be fingerprinted (classes not loaded from bytes) is never trusted
    if (codeDigest().equals(UNKNOWN) || !codeDigest().equals(last.getProperty(CODE)) || last.getProperty(EVENTS) == null) {
      return OptionalLong.empty();
    }
    Map<String, Long> expected = new LinkedHashMap<>(inputVersions);
    expected.putAll(versions(TrendComputation.OUTPUTS));
    for (var e : expected.entrySet()) {
      if (!String.valueOf(e.getValue()).equals(last.getProperty("version." + e.getKey()))) {
        return OptionalLong.empty();
      }
    }
    try {
      return OptionalLong.of(Long.parseLong(last.getProperty(EVENTS)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Records a completed run: the input versions it read (taken before it read them, so a write
   * that raced it invalidates the record) and the output versions it left.
   */
  void remember(Map<String, Long> inputVersions, long events) {
    Properties p = new Properties();
    p.setProperty(CODE, codeDigest());
    p.setProperty(EVENTS, Long.toString(events));
    inputVersions.forEach((t, v) -> p.setProperty("version." + t, Long.toString(v)));
    versions(TrendComputation.OUTPUTS).forEach((t, v) -> p.setProperty("version." + t, Long.toString(v)));
    try (OutputStream out = fs().create(file, true)) {
      p.store(out, "trends: table versions of the last completed run (see TrendState)");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private FileSystem fs() throws IOException {
    return file.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  private static String codeDigest() {
    return CodeDigest.VALUE;
  }

  /** SHA-256 over the trend classes' bytecode, computed once per JVM. */
  private static final class CodeDigest {
    static final String VALUE = compute();

    private static String compute() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Class<?> c : TREND_CODE) {
          try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            if (in == null) {
              return UNKNOWN;
            }
            sha.update(in.readAllBytes());
          }
        }
        return HexFormat.of().formatHex(sha.digest());
      } catch (IOException | NoSuchAlgorithmException e) {
        return UNKNOWN;
      }
    }
  }
}
