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

  /**
   * The model is loaded on the step's first use, not here: extract applies the step only when
   * some article needs analysis, so a nightly run with nothing new never pays the load.
   */
  static UnaryOperator<Dataset<Row>> annotator(SparkSession spark, String path) {
    NerModel[] model = new NerModel[1];
    // the annotator returns ids, sentences and mentions; the article columns come back by id
    return articles -> {
      if (model[0] == null) {
        model[0] = NerModel.load(spark, path);
      }
      return model[0].annotate(articles).join(articles, "article_id");
    };
  }
}
