package org.newsanalytics.common.spark.ner;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.annotators.sentence_detector_dl.SentenceDetectorDLModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Spark NLP sentence annotations made by the project's {@link SentenceSplitter}, standing in for
 * a pipeline's own sentence detector. Spark NLP's pragmatic detector ends a sentence at "U.S."
 * or "Fla." before a capital ("the U.S. Open"), which cuts entity names in two.
 */
final class SentenceColumn {
  /** Spark NLP's annotation struct. */
  static final StructType ANNOTATION = DataTypes.createStructType(List.of(
      DataTypes.createStructField("annotatorType", DataTypes.StringType, true),
      DataTypes.createStructField("begin", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("result", DataTypes.StringType, true),
      DataTypes.createStructField("metadata", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true),
      DataTypes.createStructField("embeddings", DataTypes.createArrayType(DataTypes.FloatType), true)));

  private static final UserDefinedFunction SENTENCES = udf(
      (UDF1<String, List<Row>>) SentenceColumn::annotations, DataTypes.createArrayType(ANNOTATION));

  private SentenceColumn() {}

  /** One "document" annotation per sentence; ends are inclusive, as Spark NLP's are. */
  static List<Row> annotations(String text) {
    List<Row> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (SentenceSpan s : SentenceSplitter.split(text)) {
      out.add(RowFactory.create("document", s.begin(), s.end() - 1, text.substring(s.begin(), s.end()),
          Map.of("sentence", Integer.toString(s.index())), new float[0]));
    }
    return out;
  }

  static Metadata annotatorMetadata(String annotatorType) {
    return new MetadataBuilder().putString("annotatorType", annotatorType).build();
  }

  /**
   * Runs the pipeline's stages in order, except that its (first) sentence detector's output
   * column is filled from {@code textColumn} by the project's splitter. A pipeline without a
   * sentence detector runs as it is.
   */
  static Dataset<Row> transformWithProjectSentences(PipelineModel model, Dataset<Row> input, String textColumn) {
    Dataset<Row> out = input;
    boolean replaced = false;
    for (Transformer stage : model.stages()) {
      String sentenceColumn = replaced ? null : sentenceOutput(stage);
      if (sentenceColumn != null) {
        out = out.withColumn(sentenceColumn,
            SENTENCES.apply(col(textColumn)).as(sentenceColumn, annotatorMetadata("document")));
        replaced = true;
      } else {
        out = stage.transform(out);
      }
    }
    return out;
  }

  private static String sentenceOutput(Transformer stage) {
    if (stage instanceof SentenceDetector s) {
      return s.getOutputCol();
    }
    if (stage instanceof SentenceDetectorDLModel s) {
      return s.getOutputCol();
    }
    return null;
  }
}
