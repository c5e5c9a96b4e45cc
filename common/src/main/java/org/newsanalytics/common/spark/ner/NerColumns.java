package org.newsanalytics.common.spark.ner;

/** Column names of the pipelines this project builds (a loaded pipeline may use others). */
public final class NerColumns {
  public static final String TEXT = "text";
  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";
  public static final String TOKEN = "token";
  public static final String EMBEDDINGS = "embeddings";
  public static final String LABEL = "label";
  public static final String NER = "ner";
  public static final String CHUNK = "ner_chunk";

  private NerColumns() {}
}
