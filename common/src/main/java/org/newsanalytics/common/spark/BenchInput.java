package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.newsanalytics.common.bench.Perturbation;
import org.newsanalytics.common.table.Tables;

/**
 * Builds a benchmark input of exactly N documents from a staged corpus: a deterministic
 * sample when the corpus is larger, perturbed replicas ({@link Perturbation}) when smaller,
 * written as Parquet so every repetition ingests the same files.
 */
public final class BenchInput {
  /** What was built: how many documents, from how many originals, and how. */
  public record Built(String path, long documents, long originals, int replicas, long tokens) {
    public String how() {
      return replicas <= 1 ? "sampled " + documents + " of " + originals + " articles"
          : "replicated " + originals + " articles x" + replicas + " with word-swap perturbation, cut to " + documents;
    }
  }

  private static final UserDefinedFunction REPLICA = udf((UDF3<String, String, Integer, String>) Perturbation::replica,
      DataTypes.StringType);

  private BenchInput() {}

  public static Built build(SparkSession spark, Warehouse staged, long n, String outPath) {
    Dataset<Row> originals = staged.read(Tables.ARTICLES).where(col("duplicate_of").isNull())
        .select("article_id", "title", "published_at", "text", "source");
    long m = originals.count();
    if (m == 0) {
      throw new IllegalArgumentException("Cannot benchmark: the corpus has no readable articles");
    }
    int replicas = (int) Math.max(1, (n + m - 1) / m);
    Dataset<Row> docs = null;
    for (int k = 0; k < replicas; k++) {
      Dataset<Row> copy = originals.select(
          col("article_id").as("id"), lit(k).as("k"), col("title"),
          date_format(col("published_at"), "yyyy-MM-dd'T'HH:mm:ss'Z'").as("published"),
          REPLICA.apply(col("text"), col("article_id"), lit(k)).as("text"), col("source"));
      docs = docs == null ? copy : docs.unionByName(copy);
    }
    Dataset<Row> out = docs.orderBy("k", "id").limit((int) Math.min(n, Integer.MAX_VALUE))
        .selectExpr("concat('bench://', id, '/', k) as url", "title", "published", "text", "source");
    out.write().mode("overwrite").parquet(outPath);
    return new Built(outPath, spark.read().parquet(outPath).count(), m, replicas, floorTokens(spark, outPath));
  }

  /**
   * Splits a built input by publication time, as nightly batches arrive: the latest
   * {@code newPercent} percent of documents (at least one) go to {@code newPath}, the rest to
   * {@code basePath}.
   *
   * @return the number of documents in the new part
   */
  public static long splitLatest(SparkSession spark, String inputPath, double newPercent, String basePath, String newPath) {
    Dataset<Row> all = spark.read().parquet(inputPath);
    long n = all.count();
    long fresh = Math.max(1, Math.min(n, Math.round(n * newPercent / 100.0)));
    Dataset<Row> ranked = all.withColumn("_rank", row_number().over(Window.orderBy(col("published").desc(), col("url").desc())));
    ranked.where(col("_rank").gt(fresh)).drop("_rank").write().mode("overwrite").parquet(basePath);
    ranked.where(col("_rank").leq(fresh)).drop("_rank").write().mode("overwrite").parquet(newPath);
    return fresh;
  }

  /** The floor: Spark reading the input and counting whitespace tokens, nothing else. */
  public static long floorTokens(SparkSession spark, String path) {
    Row r = spark.read().parquet(path).select(sum(size(split(col("text"), "\\s+")))).first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }
}
