package org.newsanalytics.common.text;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Word shingles of a text, hashed into a fixed index space, for MinHash near-duplicate
 * detection: a syndicated copy with a new headline or one extra paragraph shares most of them.
 */
public final class Shingles {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Shingles() {}

  /** Number of words in the identity form of the text. */
  public static int wordCount(String text) {
    String[] words = words(text);
    return words.length;
  }

  /** Sorted distinct indices in [0, space) of the word k-shingles of the text. */
  public static int[] hashed(String text, int k, int space) {
    if (k < 1 || space < 1) {
      throw new IllegalArgumentException("Cannot shingle with k=" + k + ", space=" + space);
    }
    String[] words = words(text);
    if (words.length == 0) {
      return new int[0];
    }
    int n = Math.max(1, words.length - k + 1);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int h = 1;
      for (int j = i; j < Math.min(words.length, i + k); j++) {
        h = 31 * h + words[j].hashCode();
      }
      out[i] = Math.floorMod(mix(h), space);
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  private static String[] words(String text) {
    String norm = TextCleaner.normalizeForIdentity(text);
    if (norm.isEmpty()) {
      return new String[0];
    }
    return Arrays.stream(NON_WORD.split(norm)).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  // murmur3 finaliser: spreads String.hashCode's weak low bits before the modulo
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
