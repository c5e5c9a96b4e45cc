package org.newsanalytics.common.spark;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.posexplode;
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
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
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
   *
   * <p>The same pairs as MLlib's {@code approxSimilarityJoin} with the same fitted model, found
   * more cheaply: that join de-duplicates its candidate pairs on whole rows (both articles'
   * 2^20-wide shingle vectors and hashes), which made it most of ingest's time; here the
   * candidates are id pairs, cut to the date window before de-duplication, and only they
   * fetch their vectors for the exact distance.
   */
  public static List<Pair> find(Dataset<Row> candidates, Dataset<Row> universe, org.newsanalytics.common.ingest.DedupSettings settings) {
    Dataset<Row> a = vectors(candidates).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> b = vectors(universe).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      if (a.isEmpty() || b.isEmpty()) {
        return List.of(); // all texts too short to shingle; MinHashLSH cannot fit on nothing
      }
      MinHashLSHModel model = new MinHashLSH().setNumHashTables(settings.numHashTables())
          .setInputCol("shingles").setOutputCol("hashes").setSeed(20250722L).fit(b);
      // two articles are candidates when any one hash table puts them in the same bucket
      Dataset<Row> bucketsA = buckets(model.transform(a), "a");
      Dataset<Row> bucketsB = buckets(model.transform(b), "b");
      Dataset<Row> pairs = bucketsA.join(bucketsB, bucketsA.col("a_entry").equalTo(bucketsB.col("b_entry"))
              .and(bucketsA.col("a_hash").equalTo(bucketsB.col("b_hash"))))
          .where(col("a_id").notEqual(col("b_id")))
          .where(abs(datediff(col("a_date"), col("b_date"))).leq(settings.dateWindowDays()))
          .select("a_id", "b_id").distinct();
      List<Row> rows = pairs
          .join(a.select(col("article_id").as("a_id"), col("published_at").as("a_time"), col("shingles").as("a_sh")), "a_id")
          .join(b.select(col("article_id").as("b_id"), col("published_at").as("b_time"), col("shingles").as("b_sh")), "b_id")
          .where(JACCARD_DISTANCE.apply(col("a_sh"), col("b_sh")).lt(settings.maxJaccardDistance()))
          .select("a_id", "a_time", "b_id", "b_time")
          .collectAsList();
      List<Pair> found = new ArrayList<>(rows.size());
      for (Row r : rows) {
        found.add(new Pair(r.getString(0), r.getTimestamp(1).getTime(), r.getString(2), r.getTimestamp(3).getTime()));
      }
      return found;
    } finally {
      a.unpersist();
      b.unpersist();
    }
  }

  /** One row per article and hash table: {@code <p>_id, <p>_date, <p>_entry, <p>_hash}. */
  private static Dataset<Row> buckets(Dataset<Row> hashed, String p) {
    return hashed.select(col("article_id").as(p + "_id"), col("published_date").as(p + "_date"),
            posexplode(col("hashes")).as(new String[] {p + "_entry", p + "_vector"}))
        .withColumn(p + "_hash", vector_to_array(col(p + "_vector"), "float64").getItem(0))
        .drop(p + "_vector");
  }

  /** 1 - |A ∩ B| / |A ∪ B| over the vectors' index sets: MLlib MinHash's own distance, computed the same way. */
  static double jaccardDistance(int[] x, int[] y) {
    if (x.length == 0 || y.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 1 - (double) common / (x.length + y.length - common);
  }

  private static final UserDefinedFunction JACCARD_DISTANCE = udf((UDF2<Vector, Vector, Double>) (x, y) ->
      jaccardDistance(x.toSparse().indices(), y.toSparse().indices()), DataTypes.DoubleType);

  private static Dataset<Row> vectors(Dataset<Row> articles) {
    return articles.select(col("article_id"), col("published_at"), col("published_date"), SHINGLES.apply(col("text")).as("shingles"))
        .where(col("shingles").isNotNull());
  }
}
