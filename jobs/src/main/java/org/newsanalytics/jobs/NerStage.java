package org.newsanalytics.jobs;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Loads a Spark NLP NER pipeline from disk and turns it into the extract job's annotation step. */
final class NerStage {
  private NerStage() {}

  static UnaryOperator<Dataset<Row>> annotator(SparkSession spark, String path) {
    throw new IllegalStateException("Cannot load the NER model at " + path
        + ": NER support is not built yet; run extract with --no-ner");
  }
}
