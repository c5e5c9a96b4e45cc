package org.newsanalytics.common.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsanalytics.common.entities.Gazetteer;
import org.newsanalytics.common.extract.EntityMention;

/**
 * The features the linear tagger gets beyond OpenNLP's own (word, shape, affixes): per token,
 * the GloVe cluster ids of the words around it at every granularity, whether a gazetteer alias
 * covers it (and of which coarse type), and whether its line is written all in capitals
 * (headlines). Computed the same way in training and tagging; thread-safe.
 */
public final class LinearNerFeatures {
  static final int WINDOW = 2;
  private final WordClusters clusters;
  private final Gazetteer gazetteer;
  private final int[] ks;
  /**
   * Every cluster feature string, made once: [granularity][offset + WINDOW][id, or k for a word
   * without a vector]. Building them per token was a fifth of this class's time.
   */
  private final String[][][] names;

  public LinearNerFeatures(WordClusters clusters, Gazetteer gazetteer) {
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.ks = clusters.ks();
    this.names = new String[ks.length][2 * WINDOW + 1][];
    for (int g = 0; g < ks.length; g++) {
      for (int d = -WINDOW; d <= WINDOW; d++) {
        String[] row = new String[ks[g] + 1];
        for (int id = 0; id <= ks[g]; id++) {
          row[id] = "c" + ks[g] + "[" + d + "]=" + (id == ks[g] ? "-" : Integer.toString(id));
        }
        names[g][d + WINDOW] = row;
      }
    }
  }

  /** Per token, its extra feature strings (OpenNLP's "additional context"). */
  public String[][] of(String[] tokens) {
    return of(tokens, 0);
  }

  /**
   * As {@link #of(String[])}, plus, when {@code pairK} is one of the model's granularities, the
   * pairs of cluster ids at that granularity of (previous, this) and (this, next) word: a bigram
   * over word classes, which generalises the word bigrams to words seen rarely or never in training.
   */
  public String[][] of(String[] tokens, int pairK) {
    int n = tokens.length;
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = clusters.of(tokens[i].toLowerCase(Locale.ROOT));
    }
    String[] gaz = gazetteerTags(tokens);
    boolean caps = allCaps(tokens);
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(ks.length * (2 * WINDOW + 1) + 4);
      for (int d = -WINDOW; d <= WINDOW; d++) {
        int j = i + d;
        if (j < 0 || j >= n) {
          continue;
        }
        for (int g = 0; g < ks.length; g++) {
          f.add(names[g][d + WINDOW][ids[j] == null ? ks[g] : ids[j][g]]);
        }
      }
      if (gaz[i] != null) {
        f.add("gz=" + gaz[i]);
      }
      if (i > 0 && gaz[i - 1] != null) {
        f.add("gz[-1]=" + gaz[i - 1]);
      }
      if (i + 1 < n && gaz[i + 1] != null) {
        f.add("gz[1]=" + gaz[i + 1]);
      }
      if (caps) {
        f.add("capsline");
      }
      int pg = granularity(pairK);
      if (pg >= 0) {
        f.add("cp" + pairK + "[-1,0]=" + id(ids, i - 1, pg) + "|" + id(ids, i, pg));
        f.add("cp" + pairK + "[0,1]=" + id(ids, i, pg) + "|" + id(ids, i + 1, pg));
      }
      out[i] = f.toArray(String[]::new);
    }
    return out;
  }

  private int granularity(int k) {
    for (int g = 0; g < ks.length; g++) {
      if (ks[g] == k) {
        return g;
      }
    }
    return -1;
  }

  /** Cluster id of word j at granularity g: "-" without a vector, "^" / "$" before the first / after the last word. */
  private String id(int[][] ids, int j, int g) {
    if (j < 0) {
      return "^";
    }
    if (j >= ids.length) {
      return "$";
    }
    return ids[j] == null ? "-" : Integer.toString(ids[j][g]);
  }

  /** Per token, B-TYPE / I-TYPE of the gazetteer alias covering it, or null. */
  private String[] gazetteerTags(String[] tokens) {
    String[] out = new String[tokens.length];
    if (gazetteer == null) {
      return out;
    }
    StringBuilder sb = new StringBuilder();
    int[] starts = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      starts[i] = sb.length();
      sb.append(tokens[i]);
    }
    for (Gazetteer.Match m : gazetteer.find(sb.toString())) {
      String type = EntityMention.coarseType(m.entry().type());
      for (int i = 0; i < tokens.length; i++) {
        int b = starts[i];
        if (b >= m.begin() && b < m.end()) {
          out[i] = (b == m.begin() ? "B-" : "I-") + type;
        }
      }
    }
    return out;
  }

  /** A headline or table line: at least three letters, none of them lower case. */
  private static boolean allCaps(String[] tokens) {
    int letters = 0;
    for (String t : tokens) {
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
      }
    }
    return letters >= 3;
  }
}
