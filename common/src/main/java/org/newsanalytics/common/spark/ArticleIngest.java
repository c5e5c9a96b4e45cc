package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsanalytics.common.ingest.DuplicateGroups;
import org.newsanalytics.common.ingest.IngestOptions;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ingest.RejectReason;
import org.newsanalytics.common.table.Tables;

/**
 * Ingest: input files → {@code articles} and {@code rejects}. Parses on the executors, then
 * sorts each record into new, updated, unchanged, duplicate or rejected against what the
 * warehouse already holds, marks copies (exact and near) with the earliest original, and
 * merges on the tables' keys, so reading the same input twice changes nothing.
 */
public final class ArticleIngest {
  private final SparkSession spark;
  private final Warehouse warehouse;

  public ArticleIngest(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  public IngestResult ingest(IngestOptions options, String batchId) {
    // analysts open every table, even one no run has written to yet
    warehouse.ensure(Tables.ARTICLES);
    warehouse.ensure(Tables.REJECTS);
    InputPlanner.Plan plan;
    try {
      plan = new InputPlanner(spark.sparkContext().hadoopConfiguration(), options.limits().maxFileBytes())
          .plan(options.inputs(), options.format(), options.source(), options.modifiedSince());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the input paths " + options.inputs() + ": " + e.getMessage(), e);
    }
    if (plan.files().isEmpty() && plan.rejects().isEmpty()) {
      // a nightly run with no new files: no Spark job, no dedup against the table, no commit
      return new IngestResult(batchId, 0, 0, 0, 0, 0, 0, 0, plan.skipped());
    }
    Dataset<Row> parsed = parse(plan, options).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return classifyAndWrite(parsed, options, batchId, plan);
    } finally {
      parsed.unpersist();
    }
  }

  private Dataset<Row> parse(InputPlanner.Plan plan, IngestOptions options) {
    List<Row> wholeFiles = new ArrayList<>();
    List<Row> rejects = new ArrayList<>();
    plan.rejects().forEach(r -> rejects.add(ParsedRecords.rejectRow(r, 0)));
    List<Dataset<Row>> parts = new ArrayList<>();
    for (InputPlanner.PlannedFile file : plan.files()) {
      if (file.format() == InputFormat.PARQUET) {
        parts.add(parquet(file, options));
      } else {
        wholeFiles.add(ParsedRecords.fileRow(file));
      }
    }
    int slices = Math.max(1, Math.min(wholeFiles.size(), spark.sparkContext().defaultParallelism() * 4));
    parts.add(spark.createDataFrame(wholeFiles, ParsedRecords.FILE_SCHEMA).repartition(slices)
        .flatMap(new ParsedRecords.FromFiles(options.mapping(), options.limits()), Encoders.row(ParsedRecords.SCHEMA)));
    parts.add(spark.createDataFrame(rejects, ParsedRecords.SCHEMA));
    return parts.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  /** A Parquet file's records, or one reject when it cannot be read or lacks a needed column. */
  private Dataset<Row> parquet(InputPlanner.PlannedFile file, IngestOptions options) {
    StructType schema;
    try {
      schema = spark.read().parquet(file.path()).schema();
    } catch (Exception e) { // SparkException is checked in Java's eyes but thrown undeclared by Scala
      return oneReject(new Reject(file.path(), "file", RejectReason.MALFORMED_RECORD,
          "cannot read as Parquet: " + rootMessage(e), null));
    }
    List<String> columns = List.of(schema.fieldNames());
    var m = options.mapping();
    var missing = m.missing(columns);
    if (missing.isPresent()) {
      return oneReject(new Reject(file.path(), "file", RejectReason.MISSING_COLUMN, missing.get(), null));
    }
    var fields = new org.apache.spark.sql.Column[7];
    var f = org.newsanalytics.common.ingest.ColumnMapping.Field.values();
    // order: url, title, published, text, source, input_file, record_ref (see ParsedRecords.FromColumns)
    for (int i = 0; i < 5; i++) {
      var column = m.resolve(f[i], columns);
      fields[i] = column.isPresent() ? col("`" + column.get() + "`").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    }
    fields[4] = coalesce(fields[4], lit(file.source()));
    fields[5] = lit(file.path());
    fields[6] = concat(lit("row "), org.apache.spark.sql.functions.monotonically_increasing_id().cast(DataTypes.StringType));
    return spark.read().parquet(file.path()).select(fields)
        .flatMap(new ParsedRecords.FromColumns(options.limits()), Encoders.row(ParsedRecords.SCHEMA));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
  }

  private Dataset<Row> oneReject(Reject reject) {
    return spark.createDataFrame(List.of(ParsedRecords.rejectRow(reject, 0)), ParsedRecords.SCHEMA);
  }

  private IngestResult classifyAndWrite(Dataset<Row> parsed, IngestOptions options, String batchId, InputPlanner.Plan plan) {
    Timestamp now = Timestamp.from(options.limits().now());
    Dataset<Row> articles = parsed.where(col("kind").equalTo(ParsedRecords.ARTICLE));
    WindowSpec byId = Window.partitionBy("article_id").orderBy("input_file", "seq", "record_ref");
    Dataset<Row> ranked = articles
        .withColumn("rn", row_number().over(byId))
        .withColumn("first_hash", first("content_hash").over(byId))
        .withColumn("first_file", first("input_file").over(byId))
        .withColumn("first_ref", first("record_ref").over(byId));
    Dataset<Row> firsts = ranked.where(col("rn").equalTo(1));
    Dataset<Row> repeats = ranked.where(col("rn").gt(1));
    Dataset<Row> conflicts = repeats.where(col("content_hash").notEqual(col("first_hash")))
        .select(lit(ParsedRecords.REJECT).as("kind"), col("input_file"), col("record_ref"),
            lit(RejectReason.CONFLICTING_DUPLICATE.code()).as("reason_code"),
            concat(lit(RejectReason.CONFLICTING_DUPLICATE.code() + ": article id "), col("article_id"),
                lit(" was already read with different text from "), col("first_file"), lit(" "), col("first_ref"),
                lit("; the first record was kept")).as("reason"),
            substring(col("text"), 1, 500).as("raw_excerpt"));
    long sameRecordRepeats = repeats.where(col("content_hash").equalTo(col("first_hash"))).count();

    Dataset<Row> existing = warehouse.read(Tables.ARTICLES).select(col("article_id"), col("content_hash").as("old_hash"),
        col("title").as("old_title"), col("published_at").as("old_published"));
    Dataset<Row> candidates = firsts.join(existing, firsts.col("article_id").equalTo(existing.col("article_id")), "left")
        .drop(existing.col("article_id"))
        .withColumn("status", when(col("old_hash").isNull(), "new")
            .when(col("old_hash").equalTo(col("content_hash")).and(col("old_title").eqNullSafe(col("title")))
                .and(col("old_published").equalTo(col("published_at"))), "unchanged")
            .otherwise("updated"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> byStatus = new HashMap<>();
      candidates.groupBy("status").count().collectAsList().forEach(r -> byStatus.put(r.getString(0), r.getLong(1)));
      Dataset<Row> changed = candidates.where(col("status").notEqual("unchanged"));
      Map<String, String> copies = findCopies(changed, options);
      Dataset<Row> copyOf = spark.createDataFrame(copies.entrySet().stream()
              .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(),
          new StructType().add("copy_id", DataTypes.StringType).add("duplicate_of", DataTypes.StringType));
      Dataset<Row> toWrite = changed.join(copyOf, changed.col("article_id").equalTo(copyOf.col("copy_id")), "left")
          .withColumn("batch_id", lit(batchId))
          .withColumn("ingested_at", lit(now));
      long newCopies = toWrite.where(col("status").equalTo("new").and(col("duplicate_of").isNotNull())).count();
      warehouse.merge(Tables.ARTICLES, toWrite, true);

      Dataset<Row> rejects = parsed.where(col("kind").equalTo(ParsedRecords.REJECT))
          .select("kind", "input_file", "record_ref", "reason_code", "reason", "raw_excerpt")
          .unionByName(conflicts)
          .withColumn("reject_id", rejectId(coalesce(col("input_file"), lit("")), coalesce(col("record_ref"), lit("")),
              col("reason_code")))
          .withColumn("batch_id", lit(batchId))
          .withColumn("rejected_at", lit(now))
          .persist(StorageLevel.MEMORY_AND_DISK());
      long rejected;
      try {
        rejected = rejects.count();
        warehouse.merge(Tables.REJECTS, rejects, false);
      } finally {
        rejects.unpersist();
      }
      long read = parsed.count();
      long skipped = parsed.where(col("kind").equalTo(ParsedRecords.SKIPPED)).count();
      long added = byStatus.getOrDefault("new", 0L) - newCopies;
      return new IngestResult(batchId, read, added, byStatus.getOrDefault("updated", 0L),
          byStatus.getOrDefault("unchanged", 0L), sameRecordRepeats + newCopies, rejected, skipped,
          plan.files().size(), plan.skipped());
    } finally {
      candidates.unpersist();
    }
  }

  /** The key of a {@code rejects} row: 32 hex characters of SHA-256 over the parts (ingest's and extract's). */
  static Column rejectId(Column... parts) {
    return substring(sha2(concat_ws("\u001f", parts), 256), 1, 32);
  }

  /**
   * Copies among the changed articles: exact (same normalised text) and near (MinHash), each
   * mapped to the earliest original, which may be an article ingested before. Only ids cross
   * to the driver; the map may also name earlier articles, which the caller's join ignores.
   */
  private Map<String, String> findCopies(Dataset<Row> changed, IngestOptions options) {
    Row range = changed.agg(min("published_date"), max("published_date")).first();
    if (range.isNullAt(0)) {
      return Map.of();
    }
    int window = options.dedup().dateWindowDays();
    LocalDate from = range.getDate(0).toLocalDate().minusDays(window);
    LocalDate to = range.getDate(1).toLocalDate().plusDays(window);
    Dataset<Row> mine = changed.select("article_id", "published_at", "published_date", "text", "content_hash");
    Dataset<Row> before = warehouse.read(Tables.ARTICLES)
        .where(col("published_date").between(Date.valueOf(from), Date.valueOf(to)))
        .join(mine.select("article_id"), "article_id", "left_anti");
    Dataset<Row> universe = before.select("article_id", "published_at", "published_date", "text", "content_hash")
        .unionByName(mine).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<DuplicateGroups.Link> links = new ArrayList<>();
      Dataset<Row> a = mine.select(col("article_id").as("a"), col("published_at").as("a_time"), col("content_hash").as("h"));
      Dataset<Row> b = universe.select(col("article_id").as("b"), col("published_at").as("b_time"), col("content_hash").as("h2"));
      for (Row r : a.join(b, col("h").equalTo(col("h2")).and(col("a").notEqual(col("b"))))
          .select("a", "a_time", "b", "b_time").collectAsList()) {
        links.add(new DuplicateGroups.Link(r.getString(0), r.getTimestamp(1).getTime(), r.getString(2), r.getTimestamp(3).getTime()));
      }
      NearDuplicates.find(mine, universe, options.dedup()).forEach(p -> links.add(p.link()));
      Map<String, String> all = new DuplicateGroups(links).copies();
      // an original ingested earlier may itself be a copy of something older: point past it
      Map<String, String> earlierCopies = new HashMap<>();
      if (!all.isEmpty()) {
        warehouse.read(Tables.ARTICLES).where(col("duplicate_of").isNotNull())
            .join(spark.createDataFrame(all.values().stream().distinct().map(RowFactory::create).toList(),
                new StructType().add("article_id", DataTypes.StringType)), "article_id")
            .select("article_id", "duplicate_of").collectAsList()
            .forEach(r -> earlierCopies.put(r.getString(0), r.getString(1)));
      }
      Map<String, String> copies = new HashMap<>();
      all.forEach((copy, original) -> copies.put(copy, earlierCopies.getOrDefault(original, original)));
      return copies;
    } finally {
      universe.unpersist();
    }
  }
}
