package org.newsanalytics.common.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;

/**
 * What the last complete extract run left: the extractor version it ran, the Delta versions of
 * the tables that decide which articles are pending ({@code articles} as read, {@code extracted}
 * and the three row tables as written) and how many originals it skipped for their language, in
 * one small file under the warehouse root ({@value #FILE}). A run with no failed article leaves
 * nothing pending for its version; so when the file still matches, the next run of that version
 * has nothing to do and returns without a Spark job (a nightly run with nothing new spent ~10 s
 * finding no pending article). Any write to one of those tables, by any job, a new extractor
 * version, a failed article (no record is kept then, so it is retried) or an unreadable file
 * means "look".
 */
final class ExtractState {
  static final String FILE = "_extract_state";
  private static final String VERSION = "extractor_version";
  private static final String SKIPPED = "skipped_language";
  /** Pending is read from these; the row tables count too, so a table dropped or rewritten by hand is noticed. */
  static final List<TableContract> TABLES = List.of(Tables.ARTICLES, Tables.EXTRACTED, Tables.ENTITIES, Tables.QUOTES,
      Tables.EVENT_MENTIONS);

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final Path file;

  ExtractState(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.file = new Path(warehouse.root(), FILE);
  }

  /** The articles table's version now: taken before extract reads it, so a write that races extract is noticed. */
  long articlesVersion() {
    return warehouse.version(Tables.ARTICLES);
  }

  /** The last run's skipped-language count when nothing can be pending for this version; else empty. */
  OptionalLong upToDate(String extractorVersion) {
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
      return OptionalLong.empty();
    }
    if (!extractorVersion.equals(last.getProperty(VERSION))) {
      return OptionalLong.empty();
    }
    for (TableContract t : TABLES) {
      long v = warehouse.version(t);
      if (v < 0 || !Long.toString(v).equals(last.getProperty("version." + t.name()))) {
        return OptionalLong.empty();
      }
    }
    try {
      return OptionalLong.of(Long.parseLong(last.getProperty(SKIPPED)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Records a run that left nothing pending: {@code articlesVersion} as taken before the run read
   * the table, the other tables as the run left them.
   */
  void remember(String extractorVersion, long articlesVersion, long skipped) {
    Properties p = new Properties();
    p.setProperty(VERSION, extractorVersion);
    p.setProperty(SKIPPED, Long.toString(skipped));
    for (TableContract t : TABLES) {
      p.setProperty("version." + t.name(), Long.toString(t == Tables.ARTICLES ? articlesVersion : warehouse.version(t)));
    }
    try (OutputStream out = fs().create(file, true)) {
      p.store(out, "extract: table versions of the last run that left no article pending (see ExtractState)");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Forgets the last run (one that failed an article, or a forced full run in progress). */
  void forget() {
    try {
      fs().delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  private FileSystem fs() throws IOException {
    return file.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }
}
