package org.newsanalytics.common.spark.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsanalytics.common.entities.ConllSentence;
import org.newsanalytics.common.entities.ConllText;
import org.newsanalytics.common.entities.NerScore;
import org.newsanalytics.common.entities.Span;

/**
 * Scores a NER pipeline on CoNLL gold through the whole pipeline: the gold tokens are joined
 * back into text, the pipeline splits and tags it as it would an article, and its character
 * spans are compared exactly with the gold ones (conlleval rules).
 */
public final class NerEvaluation {
  /** How the gold is fed to the pipeline. */
  public enum Unit {
    /** one row per gold sentence, as in CoNLL's own evaluation */
    SENTENCE,
    /** one row per gold document, its sentences joined into running text */
    DOCUMENT,
    /**
     * the gold tokens themselves, tagged by the pipeline's stages after its tokenizer: the
     * setting conlleval and CoreNLP's published figures use, free of splitting differences
     */
    GOLD_TOKENS
  }

  public record Result(NerScore score, int rows, int tokens, double seconds) {
    public double tokensPerSecond() {
      return seconds == 0 ? 0 : tokens / seconds;
    }
  }

  private NerEvaluation() {}

  public static Result evaluate(SparkSession spark, PipelineModel model, List<ConllSentence> gold, Unit unit) {
    return evaluate(spark, new NerModel.SparkNlp(model), gold, unit);
  }

  public static Result evaluate(SparkSession spark, NerModel model, List<ConllSentence> gold, Unit unit) {
    if (unit == Unit.GOLD_TOKENS) {
      return model instanceof NerModel.Linear l ? onGoldTokens(l.annotator(), gold)
          : onGoldTokens(spark, ((NerModel.SparkNlp) model).pipeline(), gold);
    }
    Map<String, ConllText> units = new LinkedHashMap<>();
    if (unit == Unit.SENTENCE) {
      for (int i = 0; i < gold.size(); i++) {
        units.put("s" + i, ConllText.of(List.of(gold.get(i)), " "));
      }
    } else {
      Map<Integer, List<ConllSentence>> docs = new LinkedHashMap<>();
      gold.forEach(s -> docs.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s));
      docs.forEach((d, sentences) -> units.put("d" + d, ConllText.of(sentences, " ")));
    }
    List<Row> rows = new ArrayList<>();
    units.forEach((id, t) -> rows.add(RowFactory.create(id, t.text())));
    StructType schema = new StructType().add(NerAnnotator.ARTICLE_ID, DataTypes.StringType)
        .add("text", DataTypes.StringType);
    Dataset<Row> input = spark.createDataFrame(rows, schema);

    long t0 = System.nanoTime();
    List<Row> out = model.annotate(input).collectAsList();
    double seconds = (System.nanoTime() - t0) / 1e9;

    Map<String, List<Span>> predicted = new HashMap<>();
    for (Row r : out) {
      List<Span> spans = new ArrayList<>();
      for (Row m : r.<Row>getList(r.fieldIndex(NerAnnotator.MENTIONS))) {
        int begin = m.getInt(m.fieldIndex("begin"));
        int end = m.getInt(m.fieldIndex("end"));
        if (end > begin) {
          spans.add(new Span(begin, end, m.getString(m.fieldIndex("label"))));
        }
      }
      predicted.put(r.getString(r.fieldIndex(NerAnnotator.ARTICLE_ID)), spans);
    }
    NerScore score = new NerScore();
    int tokens = 0;
    for (var e : units.entrySet()) {
      score.add(e.getValue().gold(), predicted.getOrDefault(e.getKey(), List.of()));
      tokens += e.getValue().tokens();
    }
    return new Result(score, units.size(), tokens, seconds);
  }

  private static Result onGoldTokens(SparkSession spark, PipelineModel model, List<ConllSentence> gold) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      ConllText t = ConllText.of(List.of(gold.get(i)), " ");
      List<Row> tokens = new ArrayList<>();
      int offset = 0;
      for (String tok : gold.get(i).tokens()) {
        tokens.add(annotation("token", offset, offset + tok.length() - 1, tok));
        offset += tok.length() + 1;
      }
      Row whole = annotation("document", 0, t.text().length() - 1, t.text());
      rows.add(RowFactory.create("s" + i, List.of(whole), List.of(whole), tokens));
    }
    StructType annotations = SentenceColumn.ANNOTATION;
    StructType schema = new StructType().add("id", DataTypes.StringType)
        .add(NerColumns.DOCUMENT, DataTypes.createArrayType(annotations), false, SentenceColumn.annotatorMetadata("document"))
        .add(NerColumns.SENTENCE, DataTypes.createArrayType(annotations), false, SentenceColumn.annotatorMetadata("document"))
        .add(NerColumns.TOKEN, DataTypes.createArrayType(annotations), false, SentenceColumn.annotatorMetadata("token"));
    Dataset<Row> input = spark.createDataFrame(rows, schema);
    // only the stages after tokenisation: the gold tokens replace the pipeline's own
    List<org.apache.spark.ml.Transformer> after = new ArrayList<>();
    boolean seenTokenizer = false;
    for (org.apache.spark.ml.Transformer st : model.stages()) {
      if (seenTokenizer) {
        after.add(st);
      }
      seenTokenizer |= st instanceof com.johnsnowlabs.nlp.annotators.TokenizerModel;
    }
    long t0 = System.nanoTime();
    Dataset<Row> out = input;
    for (org.apache.spark.ml.Transformer st : after) {
      out = st.transform(out);
    }
    List<Row> tagged = out.selectExpr("id", "transform(" + NerColumns.NER + ", a -> a.result) as tags").collectAsList();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, List<String>> tags = new HashMap<>();
    tagged.forEach(r -> tags.put(r.getString(0), r.getList(1)));
    NerScore score = new NerScore();
    int tokens = 0;
    for (int i = 0; i < gold.size(); i++) {
      List<String> predicted = tags.getOrDefault("s" + i, List.of());
      if (predicted.size() != gold.get(i).tokens().size()) {
        throw new IllegalStateException("Cannot score sentence " + i + ": " + predicted.size() + " tags for "
            + gold.get(i).tokens().size() + " tokens");
      }
      score.add(gold.get(i).entities(), Span.fromTags(predicted));
      tokens += predicted.size();
    }
    return new Result(score, gold.size(), tokens, seconds);
  }

  /** The linear tagger on the gold tokens, in this JVM: documents in order, as the tagger meets them in an article. */
  private static Result onGoldTokens(LinearNerAnnotator annotator, List<ConllSentence> gold) {
    org.newsanalytics.common.ner.LinearNerTagger tagger = annotator.tagger();
    NerScore score = new NerScore();
    int tokens = 0;
    int document = Integer.MIN_VALUE;
    long t0 = System.nanoTime();
    for (ConllSentence s : gold) {
      if (s.document() != document) {
        tagger.newDocument();
        document = s.document();
      }
      List<Span> predicted = new ArrayList<>();
      for (opennlp.tools.util.Span p : tagger.tagTokens(s.tokens().toArray(String[]::new))) {
        predicted.add(new Span(p.getStart(), p.getEnd(), p.getType()));
      }
      score.add(s.entities(), predicted);
      tokens += s.tokens().size();
    }
    return new Result(score, gold.size(), tokens, (System.nanoTime() - t0) / 1e9);
  }

  private static Row annotation(String type, int begin, int endInclusive, String result) {
    return RowFactory.create(type, begin, endInclusive, result, Map.of("sentence", "0"), new float[0]);
  }
}
