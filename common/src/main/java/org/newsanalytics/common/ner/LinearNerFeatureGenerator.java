package org.newsanalytics.common.ner;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Puts {@link LinearNerFeatures} into OpenNLP's feature pipeline, named in the model's feature
 * descriptor. Not through OpenNLP's "additional context" (which it spreads over a ±8-token window,
 * 17 copies of every cluster id: slower, and 0.875 against the window's ±2) nor its own cluster
 * dictionaries (which cannot be saved and reloaded in 2.5.4, STACK-NOTES.md). The descriptor names
 * its features by a key, the digest of the cluster and gazetteer files: {@link LinearNerModel}
 * registers them under it before OpenNLP builds the generators.
 */
final class LinearNerFeatureGenerator implements AdaptiveFeatureGenerator {
  private static final Map<String, LinearNerFeatures> REGISTERED = new ConcurrentHashMap<>();

  private final LinearNerFeatures features;
  private final int pairK;
  private String[] lastTokens;
  private String[][] last;

  LinearNerFeatureGenerator(LinearNerFeatures features, int pairK) {
    this.features = features;
    this.pairK = pairK;
  }

  static void register(String key, LinearNerFeatures features) {
    REGISTERED.putIfAbsent(key, features);
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) { // called token by token for one sentence: compute the sentence once
      last = features.of(tokens, pairK);
      lastTokens = tokens;
    }
    Collections.addAll(out, last[index]);
  }

  /** What the descriptor's {@code <generator class="...LinearNerFeatureGenerator$Factory">} builds. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String key = getStr("key");
      LinearNerFeatures f = REGISTERED.get(key);
      if (f == null) {
        throw new InvalidFormatException("Cannot build the cluster features: no clusters registered under " + key
            + " (load the model with LinearNerModel, not as a bare OpenNLP model)");
      }
      return new LinearNerFeatureGenerator(f, getInt("clusterPairs", 0));
    }
  }
}
