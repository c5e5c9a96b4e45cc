package org.newsanalytics.common.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsanalytics.common.entities.Gazetteer;

/**
 * The linear NER model: an OpenNLP name finder (perceptron) whose features include GloVe word
 * clusters and gazetteer membership. On disk a directory of four files: {@value #MANIFEST}
 * (what this is), {@value #FINDER} (OpenNLP's own model), {@value #CLUSTERS} and
 * {@value #GAZETTEER} (the copy of the gazetteer the model was trained with, so later edits of
 * the rules cannot shift its features). Immutable; taggers made from it are not thread-safe.
 */
public final class LinearNerModel {
  public static final String MANIFEST = "linear-ner.properties";
  public static final String FINDER = "name-finder.bin";
  public static final String CLUSTERS = "clusters.txt.gz";
  public static final String GAZETTEER = "gazetteer.yaml";
  static final String KIND = "opennlp-name-finder+glove-clusters";

  /** Manifest key: how many label sequences the decoder keeps (OpenNLP's default 3 when absent). */
  static final String BEAM_SIZE = "beam_size";

  private final TokenNameFinderModel finder;
  private final Map<String, byte[]> files;
  private final int beamSize;

  private LinearNerModel(TokenNameFinderModel finder, Map<String, byte[]> files) {
    this.finder = finder;
    this.files = files;
    this.beamSize = beamSize(files.get(MANIFEST));
  }

  private static int beamSize(byte[] manifestBytes) {
    Properties manifest = new Properties();
    try {
      manifest.load(new ByteArrayInputStream(manifestBytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = manifest.getProperty(BEAM_SIZE, Integer.toString(NameFinderME.DEFAULT_BEAM_SIZE)).trim();
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Cannot load the NER model: " + MANIFEST + " has " + BEAM_SIZE + "=" + v
        + ", expected a whole number >= 1");
  }

  /** The key the feature descriptor names the cluster and gazetteer features by: their files' digest. */
  static String featureKey(byte[] clusters, byte[] gazetteer) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(clusters);
      md.update(gazetteer);
      return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when the directory holds a model of this kind (and not, say, a Spark NLP pipeline). */
  public static boolean isIn(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /** The model's files as bytes: what is shipped to executors. */
  public static Map<String, byte[]> readFiles(Path dir) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : new String[] {MANIFEST, FINDER, CLUSTERS, GAZETTEER}) {
      try {
        out.put(name, Files.readAllBytes(dir.resolve(name)));
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot load the NER model at " + dir + ": cannot read " + name + " ("
            + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  public static LinearNerModel load(Path dir) {
    return fromFiles(readFiles(dir), dir.toString());
  }

  public static LinearNerModel fromFiles(Map<String, byte[]> files, String where) {
    Properties manifest = new Properties();
    try {
      manifest.load(new ByteArrayInputStream(files.get(MANIFEST)));
      if (!KIND.equals(manifest.getProperty("kind"))) {
        throw new IllegalArgumentException("Cannot load the NER model at " + where + ": its " + MANIFEST
            + " names kind '" + manifest.getProperty("kind") + "', expected '" + KIND + "'");
      }
      WordClusters clusters = WordClusters.fromBytes(files.get(CLUSTERS), where + "/" + CLUSTERS);
      Gazetteer gazetteer = Gazetteer.parse(new String(files.get(GAZETTEER), StandardCharsets.UTF_8),
          where + "/" + GAZETTEER);
      // before OpenNLP reads its model: that builds the feature generators, ours among them
      LinearNerFeatureGenerator.register(featureKey(files.get(CLUSTERS), files.get(GAZETTEER)),
          new LinearNerFeatures(clusters, gazetteer));
      TokenNameFinderModel finder = new TokenNameFinderModel(new ByteArrayInputStream(files.get(FINDER)));
      return new LinearNerModel(finder, Map.copyOf(files));
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot load the NER model at " + where + ": " + e.getMessage(), e);
    }
  }

  static LinearNerModel of(TokenNameFinderModel finder, byte[] clusters, byte[] gazetteer,
      Map<String, String> manifestEntries) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder manifest = new StringBuilder("kind=" + KIND + "\n");
    manifestEntries.forEach((k, v) -> manifest.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
    files.put(MANIFEST, manifest.toString().getBytes(StandardCharsets.ISO_8859_1));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      finder.serialize(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialise the name finder", e);
    }
    files.put(FINDER, bytes.toByteArray());
    files.put(CLUSTERS, clusters);
    files.put(GAZETTEER, gazetteer);
    return new LinearNerModel(finder, Map.copyOf(files));
  }

  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      for (var e : files.entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the NER model to " + dir, e);
    }
  }

  /** OpenNLP's own model: for comparing the tagger with OpenNLP's {@code NameFinderME}. */
  TokenNameFinderModel finder() {
    return finder;
  }

  public Map<String, byte[]> files() {
    return files;
  }

  /** A new tagger: cheap; one per thread, as the feature generators keep per-document state. */
  public LinearNerTagger newTagger() {
    return newTagger(beamSize);
  }

  /** A tagger whose decoder keeps {@code beamSize} sequences (1: greedy) instead of the model's. */
  public LinearNerTagger newTagger(int beamSize) {
    return new LinearNerTagger(finder, beamSize);
  }

  /** The decoder's beam: the manifest's {@value #BEAM_SIZE}, else OpenNLP's default 3. */
  public int beamSize() {
    return beamSize;
  }
}
