package org.newsanalytics.common.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsanalytics.common.entities.ConllSentence;
import org.newsanalytics.common.entities.ConllText;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.entities.Gazetteer;

/** Trains the linear NER model (OpenNLP perceptron) on CoNLL sentences with cluster and gazetteer features. */
public final class LinearNerTrainer {
  static final String FEATURES = "ner/linear-ner-features.xml";

  /**
   * Learner settings. {@code runningText}: besides each CoNLL sentence, train on every training
   * document joined into one text and cut by the tagger's own {@link SentenceSplitter} and
   * {@link NerTokenizer}, as an article is at run time (datelines and bylines run into the next
   * sentence, headlines into the body). {@code sentenceMemory}: the CoNLL sentences of one document
   * carry OpenNLP's previous-label memory from one to the next; without it each is a document of
   * its own, so the model also learns to tag a sentence that has no earlier sentences (the running
   * text keeps its memory either way). {@code clusterPairs}: a granularity k whose cluster-id
   * pairs of neighbouring words are features, 0 for none. {@code algorithm}: OpenNLP's trainer
   * ("PERCEPTRON"; the tagger's scorer takes only perceptron models).
   */
  public record Options(int iterations, int cutoff, boolean runningText, boolean sentenceMemory, int clusterPairs,
      String algorithm) {
    public static Options defaults() {
      return new Options(300, 0, true, false, 0, "PERCEPTRON");
    }

    public Options(int iterations, int cutoff, boolean runningText) {
      this(iterations, cutoff, runningText, false, 0, "PERCEPTRON");
    }
  }

  private LinearNerTrainer() {}

  /**
   * The training documents as running text, segmented as the tagger segments articles, with the
   * gold entities carried over by character offsets. A segment where a gold entity does not fall
   * on token boundaries (or crosses a sentence cut) is left out rather than mislabelled.
   */
  static List<NameSample> runningText(List<ConllSentence> train) {
    Map<Integer, List<ConllSentence>> documents = new LinkedHashMap<>();
    train.forEach(s -> documents.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s));
    List<NameSample> out = new ArrayList<>();
    for (List<ConllSentence> doc : documents.values()) {
      ConllText text = ConllText.of(doc, " ");
      boolean first = true;
      for (SentenceSpan sentence : SentenceSplitter.split(text.text())) {
        List<NerTokenizer.Token> tokens = NerTokenizer.tokenize(text.text(), sentence.begin(), sentence.end());
        if (tokens.isEmpty()) {
          continue;
        }
        Map<Integer, Integer> byBegin = new java.util.HashMap<>();
        Map<Integer, Integer> byEnd = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
          byBegin.put(tokens.get(i).begin(), i);
          byEnd.put(tokens.get(i).end(), i);
        }
        List<Span> names = new ArrayList<>();
        boolean aligned = true;
        for (org.newsanalytics.common.entities.Span g : text.gold()) {
          boolean inside = g.begin() >= sentence.begin() && g.end() <= sentence.end();
          boolean overlaps = g.begin() < sentence.end() && g.end() > sentence.begin();
          if (inside && byBegin.containsKey(g.begin()) && byEnd.containsKey(g.end())) {
            names.add(new Span(byBegin.get(g.begin()), byEnd.get(g.end()) + 1, g.type()));
          } else if (overlaps) {
            aligned = false;
          }
        }
        if (aligned) {
          out.add(new NameSample(tokens.stream().map(NerTokenizer.Token::text).toArray(String[]::new),
              names.toArray(Span[]::new), first));
          first = false;
        }
      }
    }
    return out;
  }

  public static LinearNerModel train(List<ConllSentence> train, WordClusters clusters, String gazetteerYaml,
      Options options, Map<String, String> describe, Consumer<String> log) {
    return train(train, clusters, gazetteerYaml, options, describe, log, FEATURES);
  }

  /** As above, with the feature descriptor read from the classpath resource {@code features}. */
  static LinearNerModel train(List<ConllSentence> train, WordClusters clusters, String gazetteerYaml,
      Options options, Map<String, String> describe, Consumer<String> log, String features) {
    int pairs = options.clusterPairs();
    if (pairs != 0 && java.util.Arrays.stream(clusters.ks()).noneMatch(k -> k == pairs)) {
      throw new IllegalArgumentException("Cannot train with cluster pairs at k=" + options.clusterPairs()
          + ": the clusters have k = " + java.util.Arrays.toString(clusters.ks()));
    }
    byte[] clusterBytes = clusters.toBytes();
    byte[] gazetteerBytes = gazetteerYaml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String key = LinearNerModel.featureKey(clusterBytes, gazetteerBytes);
    LinearNerFeatureGenerator.register(key, new LinearNerFeatures(clusters, Gazetteer.parse(gazetteerYaml,
        "the gazetteer")));
    List<NameSample> samples = new ArrayList<>(train.size());
    int document = Integer.MIN_VALUE;
    for (ConllSentence s : train) {
      String[] words = s.tokens().toArray(String[]::new);
      List<Span> names = new ArrayList<>();
      for (org.newsanalytics.common.entities.Span e : s.entities()) {
        names.add(new Span(e.begin(), e.end(), e.type()));
      }
      boolean newDocument = !options.sentenceMemory() || s.document() != document;
      document = s.document();
      samples.add(new NameSample(words, names.toArray(Span[]::new), newDocument));
    }
    int sentences = samples.size();
    if (options.runningText()) {
      samples.addAll(runningText(train));
    }
    log.accept("training samples: " + sentences + " sentences" + (options.runningText()
        ? " + " + (samples.size() - sentences) + " running-text segments" : ""));
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    byte[] descriptor;
    try (InputStream in = LinearNerTrainer.class.getClassLoader().getResourceAsStream(features)) {
      descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("KEY", key)
          .replace("PAIRS", Integer.toString(options.clusterPairs())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("Cannot read the feature descriptor " + features + " from the classpath", e);
    }
    long t0 = System.nanoTime();
    TokenNameFinderModel finder;
    try {
      finder = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
          new TokenNameFinderFactory(descriptor, Map.of(), new BioCodec()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot train the name finder", e);
    }
    log.accept(String.format("perceptron on %d sentences: %.0f s", samples.size(), (System.nanoTime() - t0) / 1e9));
    Map<String, String> manifest = new LinkedHashMap<>(describe);
    manifest.put("iterations", Integer.toString(options.iterations()));
    manifest.put("cutoff", Integer.toString(options.cutoff()));
    manifest.put("running_text", Boolean.toString(options.runningText()));
    manifest.put("sentence_memory", Boolean.toString(options.sentenceMemory()));
    manifest.put("cluster_pairs", Integer.toString(options.clusterPairs()));
    manifest.put("cluster_ks", java.util.Arrays.toString(clusters.ks()));
    manifest.put("cluster_words", Integer.toString(clusters.size()));
    return LinearNerModel.of(finder, clusterBytes, gazetteerBytes, manifest);
  }
}
