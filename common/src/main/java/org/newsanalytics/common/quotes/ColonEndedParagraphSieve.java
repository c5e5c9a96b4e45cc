package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/** "X went on:" closing the paragraph before a quote that opens the next one. */
final class ColonEndedParagraphSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.COLON_ENDED_PARAGRAPH;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    int open = site.open;
    if (!site.opensClause() || open == 0 || site.paragraph(open - 1) == site.paragraph(open)
        || !site.token(open - 1).text().equals(":")) {
      return null;
    }
    int s = open - 1;
    int[] quoteOf = site.article.quoteOf();
    while (s > 0 && !site.token(s - 1).isStop() && quoteOf[s - 1] < 0 && site.paragraph(s - 1) == site.paragraph(open - 1)) {
      s--;
    }
    Attribution a = site.search.attributionBefore(s, open - 1, true);
    return a != null ? a : site.search.clauseSubject(s, open - 1);
  }
}
