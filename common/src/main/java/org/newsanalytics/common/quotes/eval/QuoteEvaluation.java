package org.newsanalytics.common.quotes.eval;

import java.nio.file.Path;
import java.util.List;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.quotes.QuoteFinder;

/**
 * Runs the quote finder over a PolNeAR split and scores it. The gold articles carry no entity
 * mentions, so speakers come from the finder's own name rules, as they would for an article the
 * NER model misses.
 */
public final class QuoteEvaluation {
  private QuoteEvaluation() {}

  public static QuoteScores evaluate(Path splitDir, QuoteFinder finder) {
    List<GoldArticle> gold = PolnearReader.readSplit(splitDir);
    List<List<Quote>> predicted = gold.stream().map(g -> finder.find(toDoc(g))).toList();
    return AttributionScorer.score(gold, predicted);
  }

  static ArticleDoc toDoc(GoldArticle g) {
    return new ArticleDoc(g.name(), null, g.text(), SentenceSplitter.split(g.text()), List.of());
  }
}
