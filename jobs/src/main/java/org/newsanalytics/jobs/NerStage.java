package org.newsanalytics.jobs;

import java.util.function.UnaryOperator;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.ner.NerAnnotator;
import org.newsanalytics.common.spark.ner.NerPipelines;

/** Loads a Spark NLP NER pipeline from disk (once) and turns it into the extract job's annotation step. */
final class NerStage {
  private NerStage() {}

  static UnaryOperator<Dataset<Row>> annotator(SparkSession spark, String path) {
    PipelineModel model = NerPipelines.load(path);
    // the annotator returns ids, sentences and mentions; the article columns come back by id
    return articles -> NerAnnotator.annotate(model, articles).join(articles, "article_id");
  }
}
