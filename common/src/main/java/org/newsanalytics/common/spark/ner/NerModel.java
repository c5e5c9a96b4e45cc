package org.newsanalytics.common.spark.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.ner.LinearNerModel;

/**
 * A NER model as the extract job and {@code evaluate ner} use it, whichever kind is on disk: the
 * linear tagger (a directory with {@value LinearNerModel#MANIFEST}) or any saved Spark NLP NER
 * {@code PipelineModel}. Both annotate articles into the same {@code sentences}/{@code mentions}
 * columns ({@link NerAnnotator}).
 */
public sealed interface NerModel {
  /**
   * @param articles columns {@code article_id} and {@code text}
   * @return {@code article_id}, {@code sentences}, {@code mentions}
   */
  Dataset<Row> annotate(Dataset<Row> articles);

  /** Loads the model at the path, telling the kinds apart by the directory's contents. */
  static NerModel load(SparkSession spark, String path) {
    Path dir = Path.of(path);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Cannot load the NER model at " + path + ": no such directory");
    }
    if (LinearNerModel.isIn(dir)) {
      return new Linear(LinearNerAnnotator.of(spark, dir));
    }
    return new SparkNlp(NerPipelines.load(path));
  }

  /** A Spark NLP pipeline (DocumentAssembler … NerConverter). */
  record SparkNlp(PipelineModel pipeline) implements NerModel {
    @Override
    public Dataset<Row> annotate(Dataset<Row> articles) {
      return NerAnnotator.annotate(pipeline, articles);
    }
  }

  /** The linear tagger, run as plain Java inside the Spark job. */
  record Linear(LinearNerAnnotator annotator) implements NerModel {
    @Override
    public Dataset<Row> annotate(Dataset<Row> articles) {
      return annotator.annotate(articles);
    }
  }
}
