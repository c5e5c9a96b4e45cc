package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.newsanalytics.common.text.Shingles;

/**
 * Finds pairs of articles whose texts are near copies: MinHash LSH (Spark MLlib) over hashed
 * word 5-shingles, then the exact Jaccard distance of each candidate pair. A syndicated copy
 * with a new headline or one paragraph more or less stays well inside the threshold; texts
 * under {@link #MIN_WORDS} words are left to exact matching, where a shared sentence says little.
 */
public final class NearDuplicates {
  /** A pair of article ids found to be near copies, with their publication times (epoch ms). */
  public record Pair(String a, long aTime, String b, long bTime) {
    public org.newsanalytics.common.ingest.DuplicateGroups.Link link() {
      return new org.newsanalytics.common.ingest.DuplicateGroups.Link(a, aTime, b, bTime);
    }
  }

  static final int SHINGLE_WORDS = 5;
  static final int SPACE = 1 << 20;
  static final int MIN_WORDS = 30;

  private NearDuplicates() {}

  private static final UserDefinedFunction SHINGLES = udf((UDF1<String, Vector>) text -> {
    if (text == null || Shingles.wordCount(text) < MIN_WORDS) {
      return null;
    }
    int[] indices = Shingles.hashed(text, SHINGLE_WORDS, SPACE);
    double[] ones = new double[indices.length];
    java.util.Arrays.fill(ones, 1.0);
    return Vectors.sparse(SPACE, indices, ones);
  }, SQLDataTypes.VectorType());

  /**
   * Pairs (candidate, other) with other drawn from {@code universe}; both datasets have
   * article_id, published_at, published_date and text. Only ids cross to the driver, never texts.
   */
  public static List<Pair> find(Dataset<Row> candidates, Dataset<Row> universe, org.newsanalytics.common.ingest.DedupSettings settings) {
    Dataset<Row> a = vectors(candidates);
    Dataset<Row> b = vectors(universe);
    if (a.isEmpty() || b.isEmpty()) {
      return List.of(); // all texts too short to shingle; MinHashLSH cannot fit on nothing
    }
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(settings.numHashTables())
        .setInputCol("shingles").setOutputCol("hashes").setSeed(20250722L).fit(b);
    List<Row> rows = model.approxSimilarityJoin(a, b, settings.maxJaccardDistance(), "distance")
        .where(col("datasetA.article_id").notEqual(col("datasetB.article_id")))
        .where(abs(datediff(col("datasetA.published_date"), col("datasetB.published_date"))).leq(settings.dateWindowDays()))
        .select(col("datasetA.article_id"), col("datasetA.published_at"), col("datasetB.article_id"), col("datasetB.published_at"))
        .collectAsList();
    List<Pair> pairs = new ArrayList<>(rows.size());
    for (Row r : rows) {
      pairs.add(new Pair(r.getString(0), r.getTimestamp(1).getTime(), r.getString(2), r.getTimestamp(3).getTime()));
    }
    return pairs;
  }

  private static Dataset<Row> vectors(Dataset<Row> articles) {
    return articles.select(col("article_id"), col("published_at"), col("published_date"), SHINGLES.apply(col("text")).as("shingles"))
        .where(col("shingles").isNotNull());
  }
}
