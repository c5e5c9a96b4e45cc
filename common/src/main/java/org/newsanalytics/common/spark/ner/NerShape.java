package org.newsanalytics.common.spark.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.annotators.sentence_detector_dl.SentenceDetectorDLModel;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;

/**
 * Where a NER pipeline takes its text and puts its sentences and entity chunks. Read from the
 * stages, so a pipeline saved elsewhere (other column names) is used as it is.
 */
record NerShape(String textColumn, String sentenceColumn, String chunkColumn) {
  static NerShape of(PipelineModel model, String where) {
    String text = null;
    String document = null;
    String sentence = null;
    String chunk = null;
    for (Transformer t : model.stages()) {
      if (t instanceof DocumentAssembler d && text == null) {
        text = d.getInputCol();
        document = d.getOutputCol();
      } else if (t instanceof SentenceDetector s && sentence == null) {
        sentence = s.getOutputCol();
      } else if (t instanceof SentenceDetectorDLModel s && sentence == null) {
        sentence = s.getOutputCol();
      } else if (t instanceof NerConverter c) {
        chunk = c.getOutputCol();
      }
    }
    if (text == null || chunk == null) {
      throw new IllegalArgumentException("Cannot use the pipeline at " + where + " for NER: it needs a DocumentAssembler"
          + " and a NerConverter stage, found " + stageNames(model));
    }
    return new NerShape(text, sentence != null ? sentence : document, chunk);
  }

  private static String stageNames(PipelineModel model) {
    StringBuilder sb = new StringBuilder("[");
    for (Transformer t : model.stages()) {
      sb.append(sb.length() > 1 ? ", " : "").append(t.getClass().getSimpleName());
    }
    return sb.append(']').toString();
  }
}
