package org.newsanalytics.common.spark;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.newsanalytics.common.table.TableContract;

/**
 * The Delta tables under one warehouse directory. Every write goes through here: it checks the
 * rows against the table's contract and merges on the table's key, so reruns land on the
 * same rows and a killed write leaves the table at its previous version.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final String root;
  /** Tables whose schema this instance has already brought up to their contract. */
  private final Set<String> upToDate = new HashSet<>();

  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root;
  }

  public String root() {
    return root;
  }

  public String path(TableContract table) {
    return new Path(root, table.name()).toString();
  }

  /**
   * The table's latest committed Delta version, or -1 when it has none: read from the names in
   * its {@code _delta_log} directory (one listing, no Spark job), so a stage can tell cheaply
   * whether a table changed since it last looked.
   */
  public long version(TableContract table) {
    Path log = new Path(path(table), "_delta_log");
    try {
      FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(log)) {
        return -1;
      }
      long latest = -1;
      for (FileStatus f : fs.listStatus(log)) {
        String name = f.getPath().getName();
        if (COMMIT_FILE.matcher(name).matches()) {
          latest = Math.max(latest, Long.parseLong(name.substring(0, name.indexOf('.'))));
        }
      }
      return latest;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + log + ": " + e.getMessage(), e);
    }
  }

  private static final Pattern COMMIT_FILE = Pattern.compile("\\d{20}\\.json");

  public boolean exists(TableContract table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  /**
   * Creates the table, empty, with its contract's schema and partitioning, if it is missing; an
   * existing table gains the contract's columns it lacks ({@link #addMissingColumns}).
   */
  public void ensure(TableContract table) {
    if (exists(table)) {
      addMissingColumns(table);
      return;
    }
    var writer = spark.createDataFrame(List.of(), table.schema()).write().format("delta").mode("append");
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(String[]::new));
    }
    writer.save(path(table));
  }

  /**
   * A warehouse written by an earlier version gains the columns a newer contract added, null in
   * its old rows, so the nightly run after an upgrade writes as usual instead of failing its MERGE
   * on a schema mismatch. Columns are only ever added: nothing is dropped, retyped or rewritten.
   * Checked once per table and instance, as it reads the table's snapshot.
   */
  void addMissingColumns(TableContract table) {
    if (!upToDate.add(table.name())) {
      return;
    }
    List<String> present = Arrays.asList(spark.read().format("delta").load(path(table)).schema().fieldNames());
    List<String> added = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      if (!present.contains(field.name())) {
        added.add("`" + field.name() + "` " + field.dataType().sql());
      }
    }
    if (!added.isEmpty()) {
      spark.sql("ALTER TABLE delta.`" + path(table) + "` ADD COLUMNS (" + String.join(", ", added) + ")");
    }
  }

  public Dataset<Row> read(TableContract table) {
    ensure(table);
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Inserts rows whose key is new; with {@code updateMatched}, also replaces rows whose key
   * exists. An empty source writes nothing (no empty commit), so a rerun leaves history alone.
   */
  public void merge(TableContract table, Dataset<Row> rows, boolean updateMatched) {
    // two source rows with one key would make MERGE fail; keys are content hashes, so they are equal rows
    // cached: the emptiness check and the write would otherwise each recompute the source and its shuffle
    Dataset<Row> source = conform(table, rows).dropDuplicates(table.key().toArray(String[]::new))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      if (source.isEmpty()) {
        return;
      }
      ensure(table);
      if (isEmpty(table)) {
        // nothing to match against: a plain append writes the same rows in one job, not MERGE's several
        source.write().format("delta").mode("append").save(path(table));
        return;
      }
      var merge = DeltaTable.forPath(spark, path(table)).as("t")
          .merge(source.as("s"), table.keyCondition());
      if (updateMatched) {
        merge = merge.whenMatched().updateAll();
      }
      merge.whenNotMatched().insertAll().execute();
    } finally {
      source.unpersist();
    }
  }

  /**
   * Deletes the rows whose {@code column} value appears in {@code keys} (a one-column dataset
   * of that name), in one commit; used before re-writing an article's extractions.
   */
  public void deleteMatching(TableContract table, String column, Dataset<Row> keys) {
    if (!exists(table) || keys.isEmpty()) {
      return;
    }
    DeltaTable.forPath(spark, path(table)).as("t")
        .merge(keys.select(column).distinct().as("s"), "t." + column + " = s." + column)
        .whenMatched().delete().execute();
  }

  /**
   * Makes the table equal to {@code full} (its complete new content) by writing only the
   * difference: rows whose content changed or are new are upserted, rows whose key is gone
   * are deleted, in one MERGE. When nothing differs, nothing is committed.
   *
   * @return the number of rows upserted plus deleted
   */
  public long sync(TableContract table, Dataset<Row> full) {
    ensure(table);
    String[] key = table.key().toArray(String[]::new);
    List<Column> content = new ArrayList<>();
    for (String c : table.columns()) {
      content.add(functions.col(c));
    }
    if (isEmpty(table)) {
      // a first build: the difference is everything, written by a plain append
      Dataset<Row> rows = conform(table, full).dropDuplicates(key).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        long n = rows.count();
        if (n > 0) {
          rows.write().format("delta").mode("append").save(path(table));
        }
        return n;
      } finally {
        rows.unpersist();
      }
    }
    Column hash = functions.sha2(functions.to_json(functions.struct(content.toArray(Column[]::new))), 256);
    Dataset<Row> source = conform(table, full).dropDuplicates(key).withColumn("_hash", hash);
    Dataset<Row> target = read(table).withColumn("_hash", hash);
    List<String> keyAndHash = new ArrayList<>(table.key());
    keyAndHash.add("_hash");
    Dataset<Row> changed = source.join(target.select(targetKeyAndHash(table)), asSeq(keyAndHash), "left_anti")
        .withColumn("_op", functions.lit("upsert"));
    Dataset<Row> gone = target.join(source.select(asColumns(table.key())), asSeq(table.key()), "left_anti")
        .withColumn("_op", functions.lit("delete"));
    Dataset<Row> diff = changed.unionByName(gone).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long n = diff.count();
      if (n == 0) {
        return 0;
      }
      Map<String, String> assign = new java.util.LinkedHashMap<>();
      for (String c : table.columns()) {
        assign.put(c, "s." + c);
      }
      DeltaTable.forPath(spark, path(table)).as("t").merge(diff.as("s"), table.keyCondition())
          .whenMatched("s._op = 'delete'").delete()
          .whenMatched("s._op = 'upsert'").updateExpr(assign)
          .whenNotMatched("s._op = 'upsert'").insertExpr(assign)
          .execute();
      return n;
    } finally {
      diff.unpersist();
    }
  }

  /** True when the table holds no row (one small read: the first row, if any). */
  private boolean isEmpty(TableContract table) {
    return spark.read().format("delta").load(path(table)).isEmpty();
  }

  private static Column[] targetKeyAndHash(TableContract table) {
    List<Column> cols = new ArrayList<>();
    table.key().forEach(k -> cols.add(functions.col(k)));
    cols.add(functions.col("_hash"));
    return cols.toArray(Column[]::new);
  }

  static Column[] asColumns(List<String> names) {
    return names.stream().map(functions::col).toArray(Column[]::new);
  }

  /** Column names as the Scala sequence Dataset.join takes. */
  static scala.collection.Seq<String> asSeq(List<String> names) {
    return scala.collection.JavaConverters.asScalaBuffer(names).toSeq();
  }

  /** Appends rows (for tables whose keys are new by construction, such as runs). */
  public void append(TableContract table, Dataset<Row> rows) {
    ensure(table);
    conform(table, rows).write().format("delta").mode("append").save(path(table));
  }

  /** The rows in the contract's column order and types; a missing column fails here, by name. */
  public static Dataset<Row> conform(TableContract table, Dataset<Row> rows) {
    List<String> present = Arrays.asList(rows.columns());
    List<String> missing = table.columns().stream().filter(c -> !present.contains(c)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Cannot write table " + table.name() + ": missing columns " + missing
          + " (got " + present + ")");
    }
    List<Column> columns = new ArrayList<>();
    for (StructField field : table.schema().fields()) {
      columns.add(functions.col(field.name()).cast(field.dataType()).as(field.name()));
    }
    return rows.select(columns.toArray(Column[]::new));
  }

  /** Row counts of every given table, for logs and tests. */
  public Map<String, Long> counts(List<TableContract> tables) {
    return tables.stream().collect(Collectors.toMap(TableContract::name, t -> read(t).count()));
  }
}
