package org.newsanalytics.common.spark.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.SentenceSpan;

/** The pure half of the adapter: one output row of {@link NerAnnotator#annotate} to spans and mentions. */
class NerAnnotatorRowTest {
  private static final StructType SENTENCE = new StructType().add("begin", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType);
  private static final StructType MENTION = new StructType().add("begin", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType).add("text", DataTypes.StringType).add("label", DataTypes.StringType)
      .add("confidence", DataTypes.DoubleType);
  private static final StructType ROW = new StructType().add("article_id", DataTypes.StringType)
      .add("sentences", DataTypes.createArrayType(SENTENCE)).add("mentions", DataTypes.createArrayType(MENTION));

  private static Row row(List<Row> sentences, List<Row> mentions) {
    return new GenericRowWithSchema(new Object[] {"a1", seq(sentences), seq(mentions)}, ROW);
  }

  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return scala.collection.JavaConverters.asScalaBuffer(rows).toSeq();
  }

  private static Row s(int begin, int end) {
    return new GenericRowWithSchema(new Object[] {begin, end}, SENTENCE);
  }

  private static Row m(int begin, int end, String text, String label, Double confidence) {
    return new GenericRowWithSchema(new Object[] {begin, end, text, label, confidence}, MENTION);
  }

  @Test
  void sentencesAreIndexedInOrderAndMentionsFindTheirSentence() {
    // "Kyiv was hit. Zelenskyy spoke." : sentences [0, 13) and [14, 30)
    Row r = row(List.of(s(0, 13), s(14, 30)),
        List.of(m(0, 4, "Kyiv", "LOC", 0.99), m(14, 23, "Zelenskyy", "PER", null)));
    List<SentenceSpan> sentences = NerAnnotator.sentences(r);
    assertEquals(List.of(new SentenceSpan(0, 0, 13), new SentenceSpan(1, 14, 30)), sentences);
    List<EntityMention> mentions = NerAnnotator.mentions(r, sentences);
    assertEquals(List.of(new EntityMention(0, 0, 4, "Kyiv", "LOC", null, "model", 0.99),
        new EntityMention(1, 14, 23, "Zelenskyy", "PER", null, "model", 1.0)), mentions);
  }

  @Test
  void emptyChunksAreSkipped() {
    Row r = row(List.of(s(0, 5)), List.of(m(3, 3, "", "ORG", 0.5)));
    assertEquals(List.of(), NerAnnotator.mentions(r, NerAnnotator.sentences(r)));
  }
}
