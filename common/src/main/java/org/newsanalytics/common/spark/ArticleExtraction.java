package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;

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
    ExtractState state = new ExtractState(spark, warehouse);
    long articlesVersion = state.articlesVersion();
    var done = options.full() ? java.util.OptionalLong.empty() : state.upToDate(options.extractorVersion());
    if (done.isPresent()) {
      // the last run of this version left nothing pending and no table it reads has changed since
      return new ExtractResult(0, done.getAsLong(), 0, 0, 0, 0);
    }
    ExtractResult result = extractPending(options, batchId);
    if (result.failed() == 0) {
      state.remember(options.extractorVersion(), articlesVersion, result.skippedLanguage());
    } else {
      state.forget();
    }
    return result;
  }

  private ExtractResult extractPending(Options options, String batchId) {
    for (TableContract t : new TableContract[] {Tables.ENTITIES, Tables.QUOTES, Tables.EVENT_MENTIONS, Tables.EXTRACTED}) {
      warehouse.ensure(t);
    }
    Dataset<Row> originals = warehouse.read(Tables.ARTICLES).where(col("duplicate_of").isNull());
    Dataset<Row> analysed = warehouse.read(Tables.EXTRACTED).where(col("extractor_version").equalTo(options.extractorVersion()))
        .select("article_id", "content_hash");
    Dataset<Row> pending = options.full() ? originals
        : originals.join(analysed, originals.col("article_id").equalTo(analysed.col("article_id"))
            .and(originals.col("content_hash").equalTo(analysed.col("content_hash"))), "left_anti");
    // one pass over the pending articles counts both kinds and caches the ones to analyse
    Dataset<Row> classified = pending.select(col("article_id"), col("published_date"), col("text"), col("content_hash"),
            col("language").isin("en", "und").as("_english"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long articles = 0;
      long skipped = 0;
      for (Row r : classified.groupBy("_english").count().collectAsList()) {
        if (r.isNullAt(0)) {
          continue; // no language at all: neither analysed nor counted as skipped, as before
        }
        if (r.getBoolean(0)) {
          articles += r.getLong(1);
        } else {
          skipped += r.getLong(1);
        }
      }
      if (articles == 0) {
        return new ExtractResult(0, skipped, 0, 0, 0, 0);
      }
      Dataset<Row> todo = classified.where(col("_english")).drop("_english");
      Dataset<Row> input = options.annotator().map(a -> a.apply(todo)).orElse(todo);
      Dataset<Row> results = input.repartition(Math.max(1, spark.sparkContext().defaultParallelism() * 2))
          .mapPartitions(rows, Encoders.row(ExtractRows.SCHEMA))
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        // rows per table and failures, in one job that also analyses every article (and caches the results)
        Row counts = results.agg(sum(size(col("entities"))), sum(size(col("quotes"))), sum(size(col("events"))),
            count(col("failure"))).first();
        // articles analysed before (at another version or content) lose their old rows first; on a
        // first build no article was, and no table needs that pass
        Dataset<Row> seenBefore = todo.select("article_id")
            .join(warehouse.read(Tables.EXTRACTED).select("article_id"), "article_id");
        boolean anySeen = !seenBefore.isEmpty();
        write(Tables.ENTITIES, results, "entities", anySeen ? seenBefore : null);
        write(Tables.QUOTES, results, "quotes", anySeen ? seenBefore : null);
        write(Tables.EVENT_MENTIONS, results, "events", anySeen ? seenBefore : null);
        long failed = counts.getLong(3);
        Dataset<Row> failures = results.where(col("failure").isNotNull()).select("article_id", "failure");
        if (failed > 0) {
          reject(failures, options.extractorVersion(), batchId);
        }
        // Failed articles get no marker: the next run (a fixed rule, a new version) tries them again.
        Dataset<Row> succeeded = failed == 0 ? todo
            : todo.join(failures, todo.col("article_id").equalTo(failures.col("article_id")), "left_anti");
        warehouse.merge(Tables.EXTRACTED, succeeded
            .select(col("article_id"), col("content_hash"),
            lit(options.extractorVersion()).as("extractor_version"), lit(batchId).as("batch_id"),
            lit(Timestamp.from(Instant.now())).as("extracted_at")), true);
        return new ExtractResult(articles, skipped, sumOrZero(counts, 0), sumOrZero(counts, 1), sumOrZero(counts, 2),
            failed);
      } finally {
        results.unpersist();
      }
    } finally {
      classified.unpersist();
    }
  }

  private static long sumOrZero(Row counts, int i) {
    return counts.isNullAt(i) ? 0 : counts.getLong(i);
  }

  /**
   * One {@code rejects} row per article whose analysis threw, keyed by article, content and
   * extractor version, so a rerun that fails the same way adds nothing.
   */
  private void reject(Dataset<Row> failures, String extractorVersion, String batchId) {
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
  }

  /** Writes one table's rows; {@code seenBefore}, when not null, names articles whose old rows go first. */
  private void write(TableContract table, Dataset<Row> results, String arrayColumn, Dataset<Row> seenBefore) {
    Dataset<Row> rows = results.select(col("article_id"), col("published_date"), explode(col(arrayColumn)).as("r"))
        .select("article_id", "published_date", "r.*");
    if (seenBefore != null) {
      warehouse.deleteMatching(table, "article_id", seenBefore);
    }
    warehouse.merge(table, rows, true);
  }
}
