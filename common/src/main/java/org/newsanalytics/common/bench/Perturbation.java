package org.newsanalytics.common.bench;

import java.util.Random;

/**
 * Makes the k-th replica of an article for benchmarks on more documents than a corpus has:
 * every fourth word is swapped with a word drawn (seeded by article and replica) from the
 * same text, so token counts and vocabulary stay those of real news while the word
 * 5-shingles change enough that near-duplicate detection does not fold replicas together.
 */
public final class Perturbation {
  private Perturbation() {}

  public static String replica(String text, String articleId, int k) {
    if (k == 0) {
      return text;
    }
    String[] words = text.split(" ", -1);
    Random random = new Random(31L * articleId.hashCode() + k);
    for (int i = k % 4; i < words.length; i += 4) {
      int j = random.nextInt(words.length);
      String tmp = words[i];
      words[i] = words[j];
      words[j] = tmp;
    }
    return String.join(" ", words);
  }
}
