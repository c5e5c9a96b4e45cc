package org.newsanalytics.common.spark.ner;

import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLApproach;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddings;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import com.johnsnowlabs.nlp.training.CoNLL;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.entities.ConllReader;
import org.newsanalytics.common.entities.ConllSentence;

/**
 * Trains the project's NER pipeline without downloading anything: Word2Vec embeddings on local
 * unlabelled text plus the training sentences, then a NerDL tagger (BiLSTM-CNN-CRF; the graph
 * comes from the spark-nlp jar's {@code ner-dl/} folder) on CoNLL files. Progress, including
 * NerDL's per-epoch scores on the dev set, goes to {@code progress} as it happens.
 */
public final class NerTraining {
  /** Names the embeddings, so a tagger refuses to run on embeddings it was not trained with. */
  public static final String STORAGE_REF = "news-analytics-w2v";

  /** What training produced and what it cost. */
  public record Result(PipelineModel model, int corpusTexts, int vocabulary, Duration embeddingsTime,
      Duration taggerTime) {}

  private final SparkSession spark;
  private final Consumer<String> progress;

  public NerTraining(SparkSession spark, Consumer<String> progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * @param workDir scratch space on the driver's local disk (embeddings text, dev set, logs)
   */
  public Result train(List<String> trainFiles, Optional<String> devFile, List<String> corpusPaths,
      NerTrainingOptions options, Path workDir) throws IOException {
    if (trainFiles.isEmpty()) {
      throw new IllegalArgumentException("Cannot train NER without a training file");
    }
    Files.createDirectories(workDir);
    long t0 = System.nanoTime();
    List<String> texts = corpusTexts(trainFiles, corpusPaths);
    Dataset<Row> corpus = spark.createDataset(texts, Encoders.STRING()).toDF(NerColumns.TEXT)
        .repartition(Math.max(2, spark.sparkContext().defaultParallelism()));
    progress.accept("embeddings: training Word2Vec (" + options.embeddingDim() + " d) on " + texts.size() + " texts");
    PipelineModel w2vPipeline = new Pipeline().setStages(withLast(NerPipelines.front(), word2vec(options)))
        .fit(corpus);
    Transformer[] front = w2vPipeline.stages();
    Word2VecModel w2v = (Word2VecModel) front[front.length - 1];
    Path vectorsFile = workDir.resolve("embeddings.txt");
    int vocabulary = writeVectors(w2v, vectorsFile);
    WordEmbeddingsModel embeddings = wordEmbeddings(vectorsFile, options).fit(corpus.limit(1));
    Duration embeddingsTime = Duration.ofNanos(System.nanoTime() - t0);
    progress.accept("embeddings: " + vocabulary + " words (with lower-case forms) in " + embeddingsTime.toSeconds() + " s");

    long t1 = System.nanoTime();
    Dataset<Row> train = null;
    for (String f : trainFiles) {
      Dataset<Row> d = readConll(f);
      train = train == null ? d : train.union(d);
    }
    train = embeddings.transform(train).cache();
    NerDLApproach approach = tagger(options, workDir.resolve("logs"));
    if (devFile.isPresent()) {
      String devParquet = workDir.resolve("dev.parquet").toUri().toString();
      embeddings.transform(readConll(devFile.get())).write().mode("overwrite").parquet(devParquet);
      approach.setTestDataset(devParquet, approach.setTestDataset$default$2(), approach.setTestDataset$default$3());
      approach.setUseBestModel(true);
    }
    progress.accept("tagger: training NerDL for up to " + options.epochs() + " epochs on " + train.count()
        + " sentences" + devFile.map(d -> ", scoring " + d + " after each epoch").orElse(""));
    // NerDL itself prints each epoch's loss and its dev scores (per tag, micro/macro F1) to stdout
    NerDLModel tagger = approach.fit(train);
    train.unpersist();
    Duration taggerTime = Duration.ofNanos(System.nanoTime() - t1);
    progress.accept("tagger: trained in " + taggerTime.toSeconds() + " s");

    PipelineStage[] stages = {front[0], front[1], front[2], embeddings, tagger, NerPipelines.converter()};
    PipelineModel model = new Pipeline().setStages(stages).fit(corpus.limit(1));
    return new Result(model, texts.size(), vocabulary, embeddingsTime, taggerTime);
  }

  private List<String> corpusTexts(List<String> trainFiles, List<String> corpusPaths) throws IOException {
    List<String> texts = new ArrayList<>();
    if (!corpusPaths.isEmpty()) {
      EmbeddingCorpus.Read read = EmbeddingCorpus.read(corpusPaths);
      progress.accept("embeddings: " + read.texts().size() + " articles from " + (read.files() - read.filesSkipped())
          + " files (" + read.filesSkipped() + " files skipped: not articles)");
      texts.addAll(read.texts());
    }
    // the labelled sentences are text too: their words must have vectors above all
    for (String f : trainFiles) {
      for (ConllSentence s : ConllReader.read(Path.of(f))) {
        texts.add(String.join(" ", s.tokens()));
      }
    }
    return texts;
  }

  private static Word2VecApproach word2vec(NerTrainingOptions o) {
    Word2VecApproach w = new Word2VecApproach();
    w.setInputCols(new String[] {NerColumns.TOKEN});
    w.setOutputCol(NerColumns.EMBEDDINGS);
    w.setVectorSize(o.embeddingDim()).setMinCount(o.minCount()).setMaxIter(o.word2vecIterations()).setSeed(o.seed())
        .setWindowSize(5);
    w.setStorageRef(STORAGE_REF);
    return w;
  }

  /**
   * Writes the vectors as GloVe-style text. Each word also gets its lower-case form when the
   * corpus lacked it: Spark NLP's lookup falls back to lower case, so "LONDON" (a CoNLL
   * headline) and "Kyiv" at a sentence start both find "London"/"Kyiv" instead of nothing.
   */
  static int writeVectors(Word2VecModel w2v, Path file) throws IOException {
    Map<String, float[]> vectors = new HashMap<>();
    // the fitted vectors themselves (getVectors() only works once the model has run in a pipeline)
    scala.collection.immutable.Map<String, float[]> fitted = w2v.wordVectors().getOrDefault();
    scala.collection.JavaConverters.mapAsJavaMap(fitted).forEach((w, v) -> vectors.put(w, v.clone()));
    Map<String, String> lowerFrom = new HashMap<>();
    for (String w : vectors.keySet()) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (!vectors.containsKey(lower)) {
        // prefer "London" over "LONDON" as the source of "london": title case is the usual form
        lowerFrom.merge(lower, w, (a, b) -> isAllCaps(a) && !isAllCaps(b) ? b : (a.compareTo(b) <= 0 ? a : b));
      }
    }
    lowerFrom.forEach((lower, source) -> vectors.put(lower, vectors.get(source)));
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (var e : vectors.entrySet()) {
        out.write(e.getKey());
        for (float v : e.getValue()) {
          out.write(' ');
          out.write(Float.toString(v));
        }
        out.write('\n');
      }
    }
    return vectors.size();
  }

  private static boolean isAllCaps(String w) {
    return w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  private static WordEmbeddings wordEmbeddings(Path vectorsFile, NerTrainingOptions o) {
    WordEmbeddings e = new WordEmbeddings();
    e.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN});
    e.setOutputCol(NerColumns.EMBEDDINGS);
    e.setStoragePath(vectorsFile.toString(), "TEXT");
    e.setDimension(o.embeddingDim());
    // exact form first ("May" the month, "may" the verb); lower case only as the fallback
    e.setCaseSensitive(true);
    e.setStorageRef(STORAGE_REF);
    return e;
  }

  private static NerDLApproach tagger(NerTrainingOptions o, Path logs) {
    NerDLApproach n = new NerDLApproach();
    n.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN, NerColumns.EMBEDDINGS});
    n.setOutputCol(NerColumns.NER);
    n.setLabelColumn(NerColumns.LABEL);
    n.setMaxEpochs(o.epochs());
    n.setLr(o.learningRate());
    n.setBatchSize(o.batchSize());
    n.setDropout(o.dropout());
    n.setRandomSeed(o.seed());
    n.setIncludeConfidence(true);
    n.setEnableOutputLogs(true);
    n.setOutputLogsPath(logs.toString());
    n.setEvaluationLogExtended(true);
    return n;
  }

  private Dataset<Row> readConll(String file) {
    CoNLL conll = new CoNLL(CoNLL.$lessinit$greater$default$1(), CoNLL.$lessinit$greater$default$2(),
        CoNLL.$lessinit$greater$default$3(), CoNLL.$lessinit$greater$default$4(), CoNLL.$lessinit$greater$default$5(),
        CoNLL.$lessinit$greater$default$6(), CoNLL.$lessinit$greater$default$7(), CoNLL.$lessinit$greater$default$8(),
        CoNLL.$lessinit$greater$default$9(), CoNLL.$lessinit$greater$default$10(),
        CoNLL.$lessinit$greater$default$11(), CoNLL.$lessinit$greater$default$12());
    @SuppressWarnings("unchecked")
    Dataset<Row> d = (Dataset<Row>) conll.readDataset(spark, file, conll.readDataset$default$3(),
        conll.readDataset$default$4(), conll.readDataset$default$5());
    return d;
  }

  private static PipelineStage[] withLast(PipelineStage[] stages, PipelineStage last) {
    PipelineStage[] out = java.util.Arrays.copyOf(stages, stages.length + 1);
    out[stages.length] = last;
    return out;
  }
}
