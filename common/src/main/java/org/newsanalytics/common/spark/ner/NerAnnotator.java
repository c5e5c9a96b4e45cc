package org.newsanalytics.common.spark.ner;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Runs a NER pipeline over articles and returns plain offsets: the seam between Spark NLP's
 * annotations and the project's extraction model. Spark NLP's annotation {@code end} is
 * inclusive; every offset this class hands out is end-exclusive, into the original text.
 * Sentences are always the project's own ({@link SentenceSplitter}): the pipeline's sentence
 * detector is replaced by them, so entities, quotes and events share one sentence index
 * whichever model runs, and names like "U.S. Open" are not cut at their dot.
 */
public final class NerAnnotator {
  public static final String ARTICLE_ID = "article_id";
  public static final String SENTENCES = "sentences";
  public static final String MENTIONS = "mentions";
  /** What the model's own mentions are marked with. */
  public static final String METHOD = "model";

  private NerAnnotator() {}

  /**
   * @param articles columns {@code article_id} and {@code text}
   * @return {@code article_id}, {@code sentences} array&lt;struct&lt;begin,end&gt;&gt; and
   *     {@code mentions} array&lt;struct&lt;begin,end,text,label,confidence&gt;&gt;
   */
  public static Dataset<Row> annotate(PipelineModel model, Dataset<Row> articles) {
    NerShape shape = NerShape.of(model, "the given model");
    for (String needed : List.of(ARTICLE_ID, "text")) {
      if (!List.of(articles.columns()).contains(needed)) {
        throw new IllegalArgumentException("Cannot annotate articles without a '" + needed + "' column; got "
            + List.of(articles.columns()));
      }
    }
    // the text goes in under the pipeline's own input name; a copy keeps ours for substrings
    Dataset<Row> input = articles.select(col(ARTICLE_ID), col("text").as("__text"), col("text").as(shape.textColumn()));
    Dataset<Row> out = SentenceColumn.transformWithProjectSentences(model, input, "__text");
    String sentences = "transform(`" + shape.sentenceColumn() + "`, s -> named_struct("
        + "'begin', s.begin, 'end', s.end + 1))";
    // text cut from the article itself: an annotation's result may be normalised by a stage
    String mentions = "transform(`" + shape.chunkColumn() + "`, c -> named_struct("
        + "'begin', c.begin, 'end', c.end + 1, "
        + "'text', substring(__text, c.begin + 1, c.end - c.begin + 1), "
        + "'label', c.metadata['entity'], "
        + "'confidence', cast(c.metadata['confidence'] as double)))";
    return out.select(col(ARTICLE_ID), expr(sentences).as(SENTENCES), expr(mentions).as(MENTIONS));
  }

  /** The sentences of one output row, indexed in text order. */
  public static List<SentenceSpan> sentences(Row row) {
    List<SentenceSpan> out = new ArrayList<>();
    List<Row> spans = row.getList(row.fieldIndex(SENTENCES));
    for (Row s : spans) {
      out.add(new SentenceSpan(out.size(), s.getInt(s.fieldIndex("begin")), s.getInt(s.fieldIndex("end"))));
    }
    return out;
  }

  /**
   * The model's mentions of one output row, typed with the model's raw label (PER, ORG, ...) and
   * no canonical name yet; the entity resolver fills those in.
   */
  public static List<EntityMention> mentions(Row row, List<SentenceSpan> sentences) {
    List<EntityMention> out = new ArrayList<>();
    List<Row> chunks = row.getList(row.fieldIndex(MENTIONS));
    for (Row c : chunks) {
      int begin = c.getInt(c.fieldIndex("begin"));
      int end = c.getInt(c.fieldIndex("end"));
      if (end <= begin) {
        continue;
      }
      int conf = c.fieldIndex("confidence");
      // a pipeline saved without confidences (NerDL includeConfidence off) reports none: 1.0
      double confidence = c.isNullAt(conf) ? 1.0 : c.getDouble(conf);
      out.add(new EntityMention(sentenceIndex(sentences, begin), begin, end, c.getString(c.fieldIndex("text")),
          c.getString(c.fieldIndex("label")), null, METHOD, confidence));
    }
    return out;
  }

  private static int sentenceIndex(List<SentenceSpan> sentences, int offset) {
    int index = 0;
    for (SentenceSpan s : sentences) {
      if (s.begin() <= offset) {
        index = s.index();
      }
    }
    return index;
  }
}
