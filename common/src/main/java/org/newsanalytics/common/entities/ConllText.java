package org.newsanalytics.common.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL sentences turned back into running text, with the gold entities as character spans
 * [begin, end) into that text. Tokens are joined by one space, sentences by {@code separator};
 * scoring the model's character spans against these tests the whole pipeline (sentence
 * splitting and tokenisation included), not just the tagger on gold tokens.
 */
public record ConllText(String text, List<Span> gold, int tokens) {
  public ConllText {
    gold = List.copyOf(gold);
  }

  public static ConllText of(List<ConllSentence> sentences, String separator) {
    StringBuilder sb = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    int tokens = 0;
    for (ConllSentence s : sentences) {
      if (sb.length() > 0) {
        sb.append(separator);
      }
      int[] starts = new int[s.tokens().size() + 1];
      for (int i = 0; i < s.tokens().size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        starts[i] = sb.length();
        sb.append(s.tokens().get(i));
      }
      starts[s.tokens().size()] = sb.length() + 1; // one past the end, as if a space followed
      for (Span e : s.entities()) {
        gold.add(new Span(starts[e.begin()], starts[e.end()] - 1, e.type()));
      }
      tokens += s.tokens().size();
    }
    return new ConllText(sb.toString(), gold, tokens);
  }
}
