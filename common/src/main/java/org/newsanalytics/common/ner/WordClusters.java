package org.newsanalytics.common.ner;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word → cluster id at several granularities (k-means over GloVe vectors), looked up in lower
 * case. Stored as gzipped text: a header line {@code # k1 k2 ...}, then {@code word id1 id2 ...}
 * per word. Immutable once built; safe to share between threads.
 */
public final class WordClusters {
  private final int[] ks;
  private final Map<String, int[]> ids;

  public WordClusters(int[] ks, Map<String, int[]> ids) {
    this.ks = ks.clone();
    this.ids = Map.copyOf(ids);
  }

  /** The granularities, in the order of each word's ids. */
  public int[] ks() {
    return ks.clone();
  }

  public int size() {
    return ids.size();
  }

  /** The word's cluster ids (one per granularity), or null when the word has no vector. */
  public int[] of(String lowerCaseWord) {
    return ids.get(lowerCaseWord);
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
      w.write("#");
      for (int k : ks) {
        w.write(" " + k);
      }
      w.write("\n");
      // sorted, so the same clusters always give the same bytes
      for (String word : ids.keySet().stream().sorted().toList()) {
        StringBuilder line = new StringBuilder(word);
        for (int id : ids.get(word)) {
          line.append(' ').append(id);
        }
        w.write(line.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write word clusters", e);
    }
    return bytes.toByteArray();
  }

  public static WordClusters fromBytes(byte[] gz, String where) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gz)),
        StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("#")) {
        throw new IllegalArgumentException("Cannot read word clusters " + where + ": no '# k1 k2 ...' header line");
      }
      int[] ks = Arrays.stream(header.substring(1).trim().split(" ")).mapToInt(Integer::parseInt).toArray();
      Map<String, int[]> ids = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(" ");
        if (f.length != ks.length + 1) {
          throw new IllegalArgumentException("Cannot read word clusters " + where + ": line '" + line + "' has "
              + (f.length - 1) + " ids, the header names " + ks.length + " granularities");
        }
        int[] v = new int[ks.length];
        for (int i = 0; i < ks.length; i++) {
          v[i] = Integer.parseInt(f[i + 1]);
          if (v[i] < 0 || v[i] >= ks[i]) {
            throw new IllegalArgumentException("Cannot read word clusters " + where + ": line '" + line
                + "' has cluster id " + v[i] + " at k = " + ks[i] + ", expected 0 to " + (ks[i] - 1));
          }
        }
        ids.put(f[0], v);
      }
      return new WordClusters(ks, ids);
    } catch (IOException | NumberFormatException e) {
      throw new IllegalArgumentException("Cannot read word clusters " + where + ": " + e.getMessage(), e);
    }
  }

  /** Clusters of the given words (row i of {@code vectors} is word i) at each k, by {@link KMeans}. */
  public static WordClusters compute(String[] words, float[][] vectors, int[] ks, long seed,
      java.util.function.Consumer<String> log) {
    Map<String, int[]> ids = new LinkedHashMap<>();
    for (String w : words) {
      ids.put(w, new int[ks.length]);
    }
    for (int g = 0; g < ks.length; g++) {
      long t0 = System.nanoTime();
      int[] assignment = KMeans.cluster(vectors, ks[g], seed, KMeans.ITERATIONS);
      for (int i = 0; i < words.length; i++) {
        ids.get(words[i])[g] = assignment[i];
      }
      log.accept(String.format("k-means k=%d over %d words: %.0f s", ks[g], words.length,
          (System.nanoTime() - t0) / 1e9));
    }
    return new WordClusters(ks, ids);
  }
}
