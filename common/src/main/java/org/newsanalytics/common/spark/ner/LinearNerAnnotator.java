package org.newsanalytics.common.spark.ner;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.ner.LinearNerModel;
import org.newsanalytics.common.ner.LinearNerTagger;

/**
 * Runs the linear NER model inside a Spark job. The model's files are broadcast once (a few MB),
 * so executors on other machines need no copy of the model directory; each executor JVM parses
 * them once (cached by content digest) and keeps one tagger per task thread, since OpenNLP's
 * decoder is not thread-safe. Output: the same columns {@link NerAnnotator} gives.
 */
public final class LinearNerAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;
  static final StructType SENTENCE = new StructType().add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false);
  static final StructType MENTION = new StructType().add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false).add("text", DataTypes.StringType)
      .add("label", DataTypes.StringType).add("confidence", DataTypes.DoubleType);
  static final StructType RESULT = new StructType()
      .add(NerAnnotator.SENTENCES, DataTypes.createArrayType(SENTENCE, false))
      .add(NerAnnotator.MENTIONS, DataTypes.createArrayType(MENTION, false));

  /** Parsed models of this JVM by content digest: loaded once per executor, not per task. */
  private static final Map<String, LinearNerModel> MODELS = new ConcurrentHashMap<>();
  private static final ThreadLocal<Map<String, LinearNerTagger>> TAGGERS = ThreadLocal.withInitial(java.util.HashMap::new);

  private final Broadcast<Map<String, byte[]>> files;
  private final String digest;

  private LinearNerAnnotator(Broadcast<Map<String, byte[]>> files, String digest) {
    this.files = files;
    this.digest = digest;
  }

  public static LinearNerAnnotator of(SparkSession spark, Path dir) {
    Map<String, byte[]> files = LinearNerModel.readFiles(dir);
    String digest = digest(files);
    MODELS.computeIfAbsent(digest, d -> LinearNerModel.fromFiles(files, dir.toString())); // fails early on the driver
    Broadcast<Map<String, byte[]>> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
    return new LinearNerAnnotator(b, digest);
  }

  public Dataset<Row> annotate(Dataset<Row> articles) {
    for (String needed : List.of(NerAnnotator.ARTICLE_ID, "text")) {
      if (!List.of(articles.columns()).contains(needed)) {
        throw new IllegalArgumentException("Cannot annotate articles without a '" + needed + "' column; got "
            + List.of(articles.columns()));
      }
    }
    Broadcast<Map<String, byte[]>> b = files;
    String d = digest;
    UserDefinedFunction tag = functions.udf((UDF1<String, Row>) text -> tag(b, d, text), RESULT);
    // tagging is CPU-bound and runs in the input's tasks: a small Parquet file is one partition, one
    // core busy and the rest idle (the bench input of 822 articles was), so spread it over every core
    int cores = articles.sparkSession().sparkContext().defaultParallelism();
    if (articles.rdd().getNumPartitions() < cores) {
      articles = articles.repartition(cores);
    }
    return articles.select(col(NerAnnotator.ARTICLE_ID), tag.apply(col("text")).as("__ner"))
        .select(col(NerAnnotator.ARTICLE_ID), col("__ner." + NerAnnotator.SENTENCES).as(NerAnnotator.SENTENCES),
            col("__ner." + NerAnnotator.MENTIONS).as(NerAnnotator.MENTIONS));
  }

  /** The tagger of this thread for the model (made on first use in the thread). */
  public LinearNerTagger tagger() {
    return tagger(files, digest);
  }

  private static LinearNerTagger tagger(Broadcast<Map<String, byte[]>> files, String digest) {
    return TAGGERS.get().computeIfAbsent(digest,
        d -> MODELS.computeIfAbsent(d, k -> LinearNerModel.fromFiles(files.value(), "the broadcast NER model"))
            .newTagger());
  }

  private static Row tag(Broadcast<Map<String, byte[]>> files, String digest, String text) {
    if (text == null) {
      return RowFactory.create(List.of(), List.of());
    }
    List<SentenceSpan> sentences = SentenceSplitter.split(text);
    List<Row> sentenceRows = new ArrayList<>(sentences.size());
    for (SentenceSpan s : sentences) {
      sentenceRows.add(RowFactory.create(s.begin(), s.end()));
    }
    List<Row> mentions = new ArrayList<>();
    for (LinearNerTagger.Mention m : tagger(files, digest).tag(text, sentences)) {
      mentions.add(RowFactory.create(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.label(),
          m.confidence()));
    }
    return RowFactory.create(sentenceRows, mentions);
  }

  private static String digest(Map<String, byte[]> files) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(bytes);
      });
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
