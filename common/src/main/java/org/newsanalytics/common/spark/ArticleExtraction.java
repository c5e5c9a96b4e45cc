package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsanalytics.common.extract.ExtractResult;
import org.newsanalytics.common.ingest.RejectReason;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;

/**
 * Extract: articles → entities, quotes and event_mentions. Only originals (no
 * {@code duplicate_of}) in English or undetermined language are analysed, and only those not
 * yet analysed at this content and extractor version, so a rerun with nothing new writes
 * nothing. A changed article's old rows are removed before its new rows are merged; the
 * {@code extracted} marker is written last, so a run killed half-way is redone on rerun. An
 * article whose analysis throws becomes a {@code rejects} row (reason {@code extract_failed})
 * and is counted as failed; the others are written as usual.
 */
public final class ArticleExtraction {
  /**
   * @param annotator adds {@code sentences} and {@code mentions} columns (a Spark NLP NER
   *     pipeline), or empty to split sentences in Java and rely on the gazetteer alone
   * @param extractorVersion changes when rules or model change; articles are re-analysed then
   * @param full re-analyse every article
   */
  public record Options(Optional<UnaryOperator<Dataset<Row>>> annotator, String extractorVersion, boolean full) {}

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final ExtractRows rows;

  public ArticleExtraction(SparkSession spark, Warehouse warehouse) {
    this(spark, warehouse, new ExtractRows());
  }

  /** With a given per-article step (tests use one that fails). */
  public ArticleExtraction(SparkSession spark, Warehouse warehouse, ExtractRows rows) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.rows = rows;
  }

  public ExtractResult extract(Options options, String batchId) {
    for (TableContract t : new TableContract[] {Tables.ENTITIES, Tables.QUOTES, Tables.EVENT_MENTIONS, Tables.EXTRACTED}) {
      warehouse.ensure(t);
    }
    Dataset<Row> originals = warehouse.read(Tables.ARTICLES).where(col("duplicate_of").isNull());
    Dataset<Row> analysed = warehouse.read(Tables.EXTRACTED).where(col("extractor_version").equalTo(options.extractorVersion()))
        .select("article_id", "content_hash");
    Dataset<Row> pending = options.full() ? originals
        : originals.join(analysed, originals.col("article_id").equalTo(analysed.col("article_id"))
            .and(originals.col("content_hash").equalTo(analysed.col("content_hash"))), "left_anti");
    Dataset<Row> todo = pending.where(col("language").isin("en", "und"))
        .select("article_id", "published_date", "text", "content_hash")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long skipped = pending.where(col("language").isin("en", "und").unary_$bang()).count();
      long articles = todo.count();
      if (articles == 0) {
        return new ExtractResult(0, skipped, 0, 0, 0, 0);
      }
      Dataset<Row> input = options.annotator().map(a -> a.apply(todo)).orElse(todo);
      Dataset<Row> results = input.repartition(Math.max(1, spark.sparkContext().defaultParallelism() * 2))
          .mapPartitions(rows, Encoders.row(ExtractRows.SCHEMA))
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Dataset<Row> seenBefore = todo.select("article_id")
            .join(warehouse.read(Tables.EXTRACTED).select("article_id"), "article_id");
        long entities = write(Tables.ENTITIES, results, "entities", seenBefore);
        long quotes = write(Tables.QUOTES, results, "quotes", seenBefore);
        long events = write(Tables.EVENT_MENTIONS, results, "events", seenBefore);
        Dataset<Row> failures = results.where(col("failure").isNotNull()).select("article_id", "failure");
        long failed = reject(failures, options.extractorVersion(), batchId);
        // Failed articles get no marker: the next run (a fixed rule, a new version) tries them again.
        warehouse.merge(Tables.EXTRACTED, todo.join(failures, todo.col("article_id").equalTo(failures.col("article_id")), "left_anti")
            .select(col("article_id"), col("content_hash"),
            lit(options.extractorVersion()).as("extractor_version"), lit(batchId).as("batch_id"),
            lit(Timestamp.from(Instant.now())).as("extracted_at")), true);
        return new ExtractResult(articles, skipped, entities, quotes, events, failed);
      } finally {
        results.unpersist();
      }
    } finally {
      todo.unpersist();
    }
  }

  /**
   * One {@code rejects} row per article whose analysis threw, keyed by article, content and
   * extractor version, so a rerun that fails the same way adds nothing.
   */
  private long reject(Dataset<Row> failures, String extractorVersion, String batchId) {
    long failed = failures.count();
    if (failed == 0) {
      return 0;
    }
    warehouse.ensure(Tables.REJECTS);
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES);
    Dataset<Row> rejects = articles.join(failures, "article_id")
        .select(
            ArticleIngest.rejectId(lit("extract"), col("article_id"), col("content_hash"), lit(extractorVersion)).as("reject_id"),
            col("input_file"),
            col("record_ref"),
            lit(RejectReason.EXTRACT_FAILED.code()).as("reason_code"),
            concat(lit(RejectReason.EXTRACT_FAILED.code() + ": article "), col("article_id"), lit(" could not be analysed, "),
                col("failure")).as("reason"),
            substring(col("text"), 1, 500).as("raw_excerpt"),
            lit(batchId).as("batch_id"),
            lit(Timestamp.from(Instant.now())).as("rejected_at"));
    warehouse.merge(Tables.REJECTS, rejects, false);
    return failed;
  }

  private long write(TableContract table, Dataset<Row> results, String arrayColumn, Dataset<Row> seenBefore) {
    Dataset<Row> rows = results.select(col("article_id"), col("published_date"), explode(col(arrayColumn)).as("r"))
        .select("article_id", "published_date", "r.*");
    warehouse.deleteMatching(table, "article_id", seenBefore);
    warehouse.merge(table, rows, true);
    return rows.count();
  }
}
