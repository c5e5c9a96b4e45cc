package org.newsanalytics.jobs;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.ner.NerModel;

/**
 * Loads a NER model from disk (once: the linear tagger or any Spark NLP NER pipeline) and turns
 * it into the extract job's annotation step.
 */
final class NerStage {
  private NerStage() {}

  static UnaryOperator<Dataset<Row>> annotator(SparkSession spark, String path) {
    NerModel model = NerModel.load(spark, path);
    // the annotator returns ids, sentences and mentions; the article columns come back by id
    return articles -> model.annotate(articles).join(articles, "article_id");
  }
}
