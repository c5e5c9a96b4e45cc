package org.newsanalytics.common.entities;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their NER tags, and the index of the document
 * ({@code -DOCSTART-}) it belongs to, so sentences can be joined back into running text.
 */
public record ConllSentence(int document, List<String> tokens, List<String> tags) {
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException("Cannot make a CoNLL sentence from " + tokens.size() + " tokens and "
          + tags.size() + " tags");
    }
  }

  /** The gold entity spans, in token offsets [begin, end). */
  public List<Span> entities() {
    return Span.fromTags(tags);
  }
}
