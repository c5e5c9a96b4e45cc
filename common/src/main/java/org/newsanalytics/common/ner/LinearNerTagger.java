package org.newsanalytics.common.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.SentenceSpan;

/**
 * Tags articles with the linear model: the project's sentences, {@link NerTokenizer}'s tokens,
 * OpenNLP's beam-search decoder. What {@code NameFinderME.find} does, with two changes that keep
 * its output: the scores come from {@link PrefixCachingScorer} (each token's features looked up
 * once, not once per beam entry), and the additional-context generator NameFinderME adds (a ±8
 * window over context this project never passes, so no features) is left out. Not thread-safe
 * (the feature generators keep per-document state): one per thread.
 */
public final class LinearNerTagger {
  /** One entity: character offsets [begin, end) into the article, its label and the tagger's probability. */
  public record Mention(int sentence, int begin, int end, String label, double confidence) {}

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];
  private final NameContextGenerator context;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final BeamSearch beam;

  LinearNerTagger(TokenNameFinderModel model, int beamSize) {
    this.context = contextGenerator(model);
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    MaxentModel scores = model.getArtifact("nameFinder.model");
    this.beam = new BeamSearch(beamSize, new PrefixCachingScorer(scores));
  }

  /**
   * The model's own feature generators, except that OpenNLP's two ±2 window generators, if its
   * descriptor names them, are replaced by {@link WordWindowFeatureGenerator}: the same features
   * with each word lower-cased and classified once per sentence instead of five times.
   */
  static NameContextGenerator contextGenerator(TokenNameFinderModel model) {
    byte[] descriptor = model.getArtifact("generator.featuregen");
    String faster = descriptor == null ? null
        : WordWindowFeatureGenerator.replacingOpenNlpWindows(new String(descriptor, StandardCharsets.UTF_8));
    if (faster == null) {
      return model.getFactory().createContextGenerator();
    }
    try {
      return new DefaultNameContextGenerator(GeneratorFactory.create(
          new ByteArrayInputStream(faster.getBytes(StandardCharsets.UTF_8)), model::getArtifact));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the NER model's feature generators", e);
    }
  }

  /**
   * The article's mentions as extract reads them from the NER stage: typed with the model's raw
   * label, no canonical name yet (the entity resolver gives those).
   */
  public List<EntityMention> rawMentions(ArticleDoc doc) {
    List<EntityMention> out = new ArrayList<>();
    for (Mention m : tag(doc.text(), doc.sentences())) {
      out.add(new EntityMention(doc.sentenceAt(m.begin()).index(), m.begin(), m.end(),
          doc.text().substring(m.begin(), m.end()), m.label(), null, "model", m.confidence()));
    }
    return out;
  }

  /** The entities of one article, sentence by sentence. */
  public List<Mention> tag(String text, List<SentenceSpan> sentences) {
    context.clearAdaptiveData(); // the previous-label memory is per article
    List<Mention> out = new ArrayList<>();
    for (SentenceSpan s : sentences) {
      List<NerTokenizer.Token> tokens = NerTokenizer.tokenize(text, s.begin(), s.end());
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      for (Span span : tagTokens(words)) {
        out.add(new Mention(s.index(), tokens.get(span.getStart()).begin(), tokens.get(span.getEnd() - 1).end(),
            span.getType(), span.getProb()));
      }
    }
    return out;
  }

  /** Token spans [start, end) with type and probability, for tokens already split. */
  public Span[] tagTokens(String[] words) {
    Sequence best = beam.bestSequence(words, NO_ADDITIONAL_CONTEXT, context, validator);
    List<String> outcomes = best.getOutcomes();
    context.updateAdaptiveData(words, outcomes.toArray(String[]::new));
    Span[] spans = codec.decode(outcomes);
    double[] probs = best.getProbs();
    for (int i = 0; i < spans.length; i++) { // a span's probability: the mean over its tokens, as NameFinderME's
      double sum = 0;
      for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
        sum += probs[t];
      }
      spans[i] = new Span(spans[i], sum / spans[i].length());
    }
    return spans;
  }

  /** Forgets what earlier sentences were labelled: call between documents. */
  public void newDocument() {
    context.clearAdaptiveData();
  }
}
