package org.newsanalytics.common.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsanalytics.common.extract.SentenceSpan;

/**
 * Tags articles with the linear model: the project's sentences, {@link NerTokenizer}'s tokens,
 * OpenNLP's beam-search decoder. Not thread-safe (OpenNLP's decoder keeps state between calls):
 * one per thread.
 */
public final class LinearNerTagger {
  /** One entity: character offsets [begin, end) into the article, its label and the tagger's probability. */
  public record Mention(int sentence, int begin, int end, String label, double confidence) {}

  private final NameFinderME finder;

  LinearNerTagger(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  /** The entities of one article, sentence by sentence. */
  public List<Mention> tag(String text, List<SentenceSpan> sentences) {
    finder.clearAdaptiveData(); // the previous-label memory is per article
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
    return finder.find(words);
  }

  /** Forgets what earlier sentences were labelled: call between documents. */
  public void newDocument() {
    finder.clearAdaptiveData();
  }
}
