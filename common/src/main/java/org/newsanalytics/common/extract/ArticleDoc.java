package org.newsanalytics.common.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the per-article extractors see: the text, its publication date (the anchor for every
 * relative date), its sentences and its entity mentions, all with offsets into {@code text}.
 */
public record ArticleDoc(String articleId, LocalDate publishedDate, String text, List<SentenceSpan> sentences,
    List<EntityMention> entities) {
  public ArticleDoc {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  /** The sentence holding a character offset, or the last sentence before it. */
  public SentenceSpan sentenceAt(int offset) {
    SentenceSpan best = sentences.isEmpty() ? new SentenceSpan(0, 0, text.length()) : sentences.get(0);
    for (SentenceSpan s : sentences) {
      if (s.begin() <= offset) {
        best = s;
      } else {
        break;
      }
    }
    return best;
  }

  public List<EntityMention> entitiesIn(SentenceSpan sentence) {
    return entities.stream().filter(e -> e.begin() >= sentence.begin() && e.end() <= sentence.end()).toList();
  }

  public ArticleDoc withEntities(List<EntityMention> resolved) {
    return new ArticleDoc(articleId, publishedDate, text, sentences, resolved);
  }
}
