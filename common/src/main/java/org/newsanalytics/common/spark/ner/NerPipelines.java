package org.newsanalytics.common.spark.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.newsanalytics.common.text.Abbreviations;

/**
 * The stages of the project's NER pipeline (DocumentAssembler → SentenceDetector → Tokenizer →
 * embeddings → NER tagger → NerConverter), and loading any Spark NLP NER pipeline from a path.
 * Training and tagging share the front stages, so the words the embeddings were trained on are
 * split exactly as the words they are later looked up with.
 */
public final class NerPipelines {
  private NerPipelines() {}

  public static DocumentAssembler documentAssembler() {
    DocumentAssembler d = new DocumentAssembler();
    d.setInputCol(NerColumns.TEXT);
    d.setOutputCol(NerColumns.DOCUMENT);
    // offsets must point into the article text as stored, so no clean-up of the input
    d.setCleanupMode("disabled");
    return d;
  }

  public static SentenceDetector sentenceDetector() {
    SentenceDetector s = new SentenceDetector();
    s.setInputCols(new String[] {NerColumns.DOCUMENT});
    s.setOutputCol(NerColumns.SENTENCE);
    return s;
  }

  /**
   * Tokens the default tokenizer would cut at their final dot ("U.S" + "."), which breaks the
   * entity span itself: on CoNLL dev joined into text, keeping them whole raised the whole
   * pipeline's F1 from 0.860 to 0.900. "'s" stays one token, as in CoNLL's own tokenisation.
   */
  static final List<String> KEEP_WHOLE = List.of("U.S.", "U.N.", "U.K.", "E.U.", "U.S.A.", "Corp.", "Inc.", "Co.",
      "Ltd.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.",
      "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Bros.", "Ave.", "Mt.", "vs.", "'s");

  /** Initials run together ("A.G.", "S.A.", "N.H."): a pattern, so not quoted. */
  static final String INITIALS = "(?:\\p{L}\\.){2,}";

  public static Tokenizer tokenizer() {
    Tokenizer t = new Tokenizer();
    t.setInputCols(new String[] {NerColumns.SENTENCE});
    t.setOutputCol(NerColumns.TOKEN);
    List<String> words = new ArrayList<>(KEEP_WHOLE);
    Abbreviations.US_STATES.stream().sorted().map(s -> s + ".").forEach(words::add); // "Fla.", as CoNLL keeps it
    List<String> exceptions = new ArrayList<>(words);
    // headlines: "ST. LOUIS", "PANAMA 'S"; upper case only, so "ill." ending a sentence still splits
    words.stream().map(w -> w.toUpperCase(java.util.Locale.ROOT)).filter(w -> !words.contains(w)).distinct()
        .forEach(exceptions::add);
    for (char c = 'A'; c <= 'Z'; c++) {
      exceptions.add(c + "."); // initials: "J. Smith"
    }
    // Spark NLP reads exceptions as regular expressions: quote them, or "A." matches "AB"
    // Spark NLP joins the exceptions into one alternation, where the first alternative that
    // matches wins: the initials pattern and longer words go first ("A.G." before "A.", "U.S.A." before "U.S.")
    List<String> patterns = new ArrayList<>();
    patterns.add(INITIALS);
    exceptions.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .forEach(patterns::add);
    t.setExceptions(patterns.toArray(String[]::new));
    return t;
  }

  public static NerConverter converter() {
    NerConverter c = new NerConverter();
    c.setInputCols(new String[] {NerColumns.SENTENCE, NerColumns.TOKEN, NerColumns.NER});
    c.setOutputCol(NerColumns.CHUNK);
    return c;
  }

  public static PipelineStage[] front() {
    return new PipelineStage[] {documentAssembler(), sentenceDetector(), tokenizer()};
  }

  /** Loads a saved Spark NLP pipeline (this project's or any other NER pipeline) and checks its shape. */
  public static PipelineModel load(String path) {
    PipelineModel model;
    try {
      model = PipelineModel.load(path);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Cannot load the NER pipeline at " + path
          + ": not a saved Spark PipelineModel (" + e.getMessage() + ")", e);
    }
    NerShape.of(model, path); // fails early, naming what is missing
    for (Transformer stage : model.stages()) {
      if (stage instanceof WordEmbeddingsModel embeddings) {
        // broadcast from the driver: executors on other machines cannot open the driver's local
        // RocksDB copy ("Storage not found under given ref"), and lookups need no disk
        embeddings.setEnableInMemoryStorage(true);
      }
    }
    return model;
  }

  /** Saves, replacing what was there: a retrained model supersedes the old one. */
  public static void save(PipelineModel model, String path) {
    try {
      model.write().overwrite().save(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the NER pipeline to " + path, e);
    }
  }

  static Transformer[] stages(PipelineModel model) {
    return model.stages();
  }
}
