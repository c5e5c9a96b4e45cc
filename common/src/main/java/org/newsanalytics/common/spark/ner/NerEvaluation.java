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
    DOCUMENT
  }

  public record Result(NerScore score, int rows, int tokens, double seconds) {
    public double tokensPerSecond() {
      return seconds == 0 ? 0 : tokens / seconds;
    }
  }

  private NerEvaluation() {}

  public static Result evaluate(SparkSession spark, PipelineModel model, List<ConllSentence> gold, Unit unit) {
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
    List<Row> out = NerAnnotator.annotate(model, input).collectAsList();
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
}
