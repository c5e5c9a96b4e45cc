package org.newsanalytics.common.ner;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Spherical k-means (Lloyd iterations on unit vectors, similarity = dot product) with a seeded
 * start, so the same vectors and seed always give the same clusters.
 */
public final class KMeans {
  public static final int ITERATIONS = 12;

  private KMeans() {}

  /** @return per row, its cluster in [0, k); the rows are normalised to unit length in place */
  public static int[] cluster(float[][] rows, int k, long seed, int iterations) {
    int n = rows.length;
    if (k <= 0 || k > n) {
      throw new IllegalArgumentException("Cannot make " + k + " clusters of " + n + " vectors");
    }
    int dim = rows[0].length;
    for (float[] r : rows) {
      normalise(r);
    }
    // start from k distinct rows drawn with the seed
    float[][] centres = new float[k][];
    int[] order = IntStream.range(0, n).toArray();
    Random random = new Random(seed);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      centres[i] = rows[order[i]].clone();
    }
    int[] assignment = new int[n];
    for (int it = 0; it < iterations; it++) {
      float[][] c = centres;
      IntStream.range(0, n).parallel().forEach(i -> assignment[i] = nearest(rows[i], c));
      float[][] sums = new float[k][dim];
      int[] counts = new int[k];
      for (int i = 0; i < n; i++) {
        float[] s = sums[assignment[i]];
        float[] r = rows[i];
        for (int d = 0; d < dim; d++) {
          s[d] += r[d];
        }
        counts[assignment[i]]++;
      }
      for (int j = 0; j < k; j++) {
        if (counts[j] > 0) {
          normalise(sums[j]);
          centres[j] = sums[j];
        } // an empty cluster keeps its old centre
      }
    }
    return assignment;
  }

  private static int nearest(float[] r, float[][] centres) {
    int best = 0;
    float bestDot = Float.NEGATIVE_INFINITY;
    for (int j = 0; j < centres.length; j++) {
      float[] c = centres[j];
      float dot = 0;
      for (int d = 0; d < r.length; d++) {
        dot += r[d] * c[d];
      }
      if (dot > bestDot) {
        bestDot = dot;
        best = j;
      }
    }
    return best;
  }

  private static void normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int d = 0; d < v.length; d++) {
        v[d] /= (float) norm;
      }
    }
  }
}
